package org.sequestra.trace.tracing;

import java.math.BigDecimal;
import java.util.List;
import org.mapstruct.Mapper;
import org.sequestra.platform.mapping.BoundaryMapping;
import org.sequestra.trace.api.model.AssetProposalDto;
import org.sequestra.trace.api.model.NewAssetProposalDto;
import org.sequestra.trace.api.model.NewTraceDto;
import org.sequestra.trace.api.model.StatementOpeningBalanceDto;
import org.sequestra.trace.api.model.TraceDto;
import org.sequestra.trace.api.model.TraceEndPointDto;
import org.sequestra.trace.api.model.TraceFlowDto;
import org.sequestra.trace.api.model.TraceSummaryDto;
import org.sequestra.trace.tracing.TraceStore.StoredTrace;

/** Traces and proposals between the contract's models and the service's. */
@Mapper(config = BoundaryMapping.class)
interface TraceMapper {

  NewTrace toNewTrace(NewTraceDto request);

  Proposal.Request toRequest(NewAssetProposalDto request);

  TraceDto toDto(Trace trace);

  TraceSummaryDto toSummary(StoredTrace trace);

  List<TraceFlowDto> toFlowDtos(List<TraceReport.Flow> flows);

  List<TraceEndPointDto> toEndPointDtos(List<TraceReport.EndPoint> endPoints);

  AssetProposalDto toDto(Proposal proposal);

  /** By the contract's value: the generated constant names split {@code MT940_60F}. */
  default StatementOpeningBalanceDto.SourceEnum toSource(String source) {
    return source == null ? null : StatementOpeningBalanceDto.SourceEnum.fromValue(source);
  }

  /** Amounts leave as plain decimal strings, never in exponent form. */
  default String toText(BigDecimal amount) {
    return amount == null ? null : amount.toPlainString();
  }
}
