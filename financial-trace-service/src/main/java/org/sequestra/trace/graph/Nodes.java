package org.sequestra.trace.graph;

import java.time.Instant;

/** Graph nodes and times in the dataset's terms. */
public final class Nodes {

  private Nodes() {}

  public static GraphNode node(DatasetGraph graph, int node) {
    if (!graph.isAccount(node)) {
      return new GraphNode(graph.label(node), null, null, null, null, null);
    }
    return new GraphNode(
        graph.label(node),
        graph.accountId(node),
        graph.kind(node),
        graph.identifier(node),
        graph.chain(node),
        graph.holderName(node));
  }

  public static Instant time(long epochSecond) {
    return Instant.ofEpochSecond(epochSecond);
  }
}
