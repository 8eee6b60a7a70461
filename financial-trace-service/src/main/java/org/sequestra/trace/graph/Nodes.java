package org.sequestra.trace.graph;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.sequestra.trace.api.model.AccountKindDto;
import org.sequestra.trace.api.model.TraceNodeDto;

/** Graph nodes and times as the API shows them. */
public final class Nodes {

  private Nodes() {}

  public static TraceNodeDto node(DatasetGraph graph, int node) {
    TraceNodeDto dto = new TraceNodeDto(graph.label(node));
    if (graph.isAccount(node)) {
      dto.accountId(graph.accountId(node))
          .kind(AccountKindDto.fromValue(graph.kind(node)))
          .identifier(graph.identifier(node))
          .chain(graph.chain(node))
          .holderName(graph.holderName(node));
    }
    return dto;
  }

  public static OffsetDateTime time(long epochSecond) {
    return Instant.ofEpochSecond(epochSecond).atOffset(ZoneOffset.UTC);
  }
}
