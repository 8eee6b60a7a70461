package org.sequestra.trace.engine;

/** Pro-rata (haircut): every outflow carries each lot's current share of the balance. */
final class ProRataAttribution extends LotTable {

  ProRataAttribution(int denseLabels) {
    super(denseLabels);
  }

  @Override
  public long withdraw(long amount, Pieces taken) {
    long balance = balance();
    if (amount >= balance) {
      takeAll(true, taken);
      return amount - balance;
    }
    takeProRata(true, amount, balance, taken);
    return 0;
  }
}
