package org.sequestra.registry.audit;

import org.mapstruct.Mapper;
import org.sequestra.platform.audit.AuditEntry;
import org.sequestra.platform.audit.ChainVerification;
import org.sequestra.platform.mapping.BoundaryMapping;
import org.sequestra.registry.api.model.AuditEntryDto;
import org.sequestra.registry.api.model.AuditVerificationDto;

@Mapper(config = BoundaryMapping.class)
interface AuditMapper {

  AuditEntryDto toDto(AuditEntry entry);

  AuditVerificationDto toDto(ChainVerification verification);
}
