package org.sequestra.freezing.request;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.sequestra.freezing.api.model.DeadlineDto;
import org.sequestra.freezing.api.model.OverdueRequestDto;
import org.sequestra.freezing.deadline.DeadlineView;
import org.sequestra.platform.mapping.BoundaryMapping;

/** An agency's overdue list across the boundary. */
@Mapper(config = BoundaryMapping.class)
interface DelayNoticeMapper {

  @Mapping(target = "requestId", source = "request.id")
  @Mapping(target = "kind", source = "request.kind")
  @Mapping(target = "urgent", source = "request.urgent")
  @Mapping(target = "status", source = "request.status")
  @Mapping(target = "issuingAgency", source = "request.issuingAgency")
  @Mapping(target = "issuingReference", source = "request.issuingReference")
  @Mapping(target = "executingAgency", source = "request.executingAgency")
  OverdueRequestDto toDto(DelayNotices.Overdue overdue);

  DeadlineDto toDto(DeadlineView deadline);
}
