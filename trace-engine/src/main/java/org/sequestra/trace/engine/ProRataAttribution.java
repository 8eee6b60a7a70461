package org.sequestra.trace.engine;

/** Pro-rata (haircut): every outflow carries each lot's current share of the balance. */
final class ProRataAttribution implements AccountLedger {

    private final LotTable lots;

    ProRataAttribution(int denseLabels) {
        lots = new LotTable(denseLabels);
    }

    @Override
    public void deposit(int label, long amount) {
        lots.add(label, amount);
    }

    @Override
    public long withdraw(long amount, Pieces taken) {
        long balance = lots.balance();
        if (amount >= balance) {
            lots.takeAll(0, taken);
            return amount - balance;
        }
        lots.takeProRata(0, amount, balance, taken);
        return 0;
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
