package org.sequestra.freezing.transition;

import org.mapstruct.Mapper;
import org.sequestra.freezing.api.model.NewRequestTransitionDto;
import org.sequestra.freezing.api.model.RequestHistoryDto;
import org.sequestra.freezing.lifecycle.Act;
import org.sequestra.freezing.request.RequestMapper;
import org.sequestra.platform.mapping.BoundaryMapping;

@Mapper(config = BoundaryMapping.class, uses = RequestMapper.class)
interface TransitionMapper {

  Act toAct(NewRequestTransitionDto transition);

  RequestHistoryDto toDto(HistoryEntry.History history);
}
