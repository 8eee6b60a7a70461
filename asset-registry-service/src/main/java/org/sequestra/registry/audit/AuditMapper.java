package org.sequestra.registry.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.mapstruct.Mapper;
import org.sequestra.platform.audit.AuditEntry;
import org.sequestra.platform.audit.ChainVerification;
import org.sequestra.registry.api.model.AuditEntryDto;
import org.sequestra.registry.api.model.AuditVerificationDto;

@Mapper(componentModel = "spring")
interface AuditMapper {

  AuditEntryDto toDto(AuditEntry entry);

  AuditVerificationDto toDto(ChainVerification verification);

  default OffsetDateTime toOffsetDateTime(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
