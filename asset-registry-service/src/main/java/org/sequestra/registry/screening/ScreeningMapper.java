package org.sequestra.registry.screening;

import java.math.BigDecimal;
import org.mapstruct.Mapper;
import org.sequestra.platform.mapping.BoundaryMapping;
import org.sequestra.registry.api.model.CandidateDecisionDto;
import org.sequestra.registry.api.model.ScreeningCandidateDto;
import org.sequestra.registry.api.model.ScreeningDto;

@Mapper(config = BoundaryMapping.class)
interface ScreeningMapper {

  ScreeningDto toDto(Screening screening);

  ScreeningCandidateDto toDto(ScreeningCandidate candidate);

  CandidateDecision toDecision(CandidateDecisionDto request);

  /** 0.87, not 0.870000 as stored. */
  default String score(BigDecimal score) {
    return score == null ? null : score.stripTrailingZeros().toPlainString();
  }
}
