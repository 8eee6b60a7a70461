package org.sequestra.freezing.calendar;

import java.util.List;
import org.mapstruct.Mapper;
import org.sequestra.freezing.api.model.PublicHolidayDto;
import org.sequestra.freezing.deadline.PublicHoliday;
import org.sequestra.platform.mapping.BoundaryMapping;

@Mapper(config = BoundaryMapping.class)
interface CalendarMapper {

  PublicHolidayDto toDto(PublicHoliday holiday);

  List<PublicHolidayDto> toDtos(List<PublicHoliday> holidays);
}
