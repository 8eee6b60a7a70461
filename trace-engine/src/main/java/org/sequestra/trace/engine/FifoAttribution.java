package org.sequestra.trace.engine;

/** FIFO: the oldest money in the account leaves first. */
final class FifoAttribution implements AccountLedger {

  private final LotDeque lots = new LotDeque();

  @Override
  public void deposit(int label, long amount) {
    lots.append(label, amount);
  }

  @Override
  public long withdraw(long amount, Pieces taken) {
    return lots.takeOldest(amount, taken);
  }

  @Override
  public long balance() {
    return lots.balance();
  }

  @Override
  public long traced() {
    return lots.traced();
  }
}
