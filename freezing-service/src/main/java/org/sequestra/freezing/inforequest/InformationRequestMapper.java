package org.sequestra.freezing.inforequest;

import org.mapstruct.Mapper;
import org.sequestra.freezing.api.model.InformationRequestDirectionDto;
import org.sequestra.freezing.api.model.InformationRequestDto;
import org.sequestra.freezing.api.model.InformationRequestSummaryDto;
import org.sequestra.freezing.api.model.NewDelayNoticeDto;
import org.sequestra.freezing.api.model.NewInformationAnswerDto;
import org.sequestra.freezing.api.model.NewInformationRequestDto;
import org.sequestra.platform.mapping.BoundaryMapping;

@Mapper(config = BoundaryMapping.class)
interface InformationRequestMapper {

  InformationRequestDraft toDraft(NewInformationRequestDto request);

  InformationAnswerDraft toDraft(NewInformationAnswerDto answer);

  DelayNoticeDraft toDraft(NewDelayNoticeDto notice);

  InformationRequestDto toDto(InformationRequestView view);

  InformationRequestSummaryDto toSummaryDto(InformationRequestView view);

  InformationRequests.Direction toDirection(InformationRequestDirectionDto direction);
}
