package org.sequestra.registry.screening;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.mapstruct.Mapper;
import org.sequestra.registry.api.model.ScreeningCandidateDto;
import org.sequestra.registry.api.model.ScreeningDto;

@Mapper(componentModel = "spring")
interface ScreeningMapper {

  ScreeningDto toDto(Screening screening);

  ScreeningCandidateDto toDto(ScreeningCandidate candidate);

  /** 0.87, not 0.870000 as stored. */
  default String score(BigDecimal score) {
    return score == null ? null : score.stripTrailingZeros().toPlainString();
  }

  default OffsetDateTime toOffsetDateTime(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
