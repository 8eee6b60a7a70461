package org.sequestra.registry.screening;

import org.mapstruct.Mapper;
import org.sequestra.platform.mapping.BoundaryMapping;
import org.sequestra.registry.api.model.CandidateDecisionDto;
import org.sequestra.registry.api.model.ScreeningCandidateDto;
import org.sequestra.registry.api.model.ScreeningDto;
import org.sequestra.registry.mapping.PlainDecimals;

@Mapper(config = BoundaryMapping.class, uses = PlainDecimals.class)
interface ScreeningMapper {

  ScreeningDto toDto(Screening screening);

  ScreeningCandidateDto toDto(ScreeningCandidate candidate);

  CandidateDecision toDecision(CandidateDecisionDto request);
}
