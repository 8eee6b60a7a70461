package org.sequestra.trace.graph;

/**
 * A dataset's graph does not fit the heap the service may give graphs ({@code
 * sequestra.trace.graph-memory-budget}): nothing that needs the graph can run until an operator
 * gives the service more heap or a larger budget. Answered as 507 (see {@link GraphProblems}).
 */
public class GraphTooLargeException extends RuntimeException {

  private final long neededBytes;
  private final long budgetBytes;

  GraphTooLargeException(String message, long neededBytes, long budgetBytes) {
    super(message);
    this.neededBytes = neededBytes;
    this.budgetBytes = budgetBytes;
  }

  public long neededBytes() {
    return neededBytes;
  }

  public long budgetBytes() {
    return budgetBytes;
  }
}
