package org.sequestra.freezing.agreement;

import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.sequestra.freezing.agreement.domain.MlaAgreement;
import org.sequestra.freezing.api.model.MlaAgreementDto;
import org.sequestra.freezing.deadline.DeadlinePeriod;
import org.sequestra.platform.mapping.BoundaryMapping;

/** The agreement table across the boundary; periods in their ISO 8601 form. */
@Mapper(config = BoundaryMapping.class)
interface MlaAgreementMapper {

  @Mapping(target = "recognitionPeriod", source = "recognition")
  @Mapping(target = "executionPeriod", source = "execution")
  MlaAgreementDto toDto(MlaAgreement agreement);

  List<MlaAgreementDto> toDtos(List<MlaAgreement> agreements);

  default String iso8601(DeadlinePeriod period) {
    return period == null ? null : period.iso8601();
  }
}
