package org.sequestra.trace.engine;

/**
 * Lowest intermediate balance: the account holder spends untraced money first, traced money only
 * once nothing else is left, and later deposits never refill the traced claim. Traced lots of
 * different hop levels give up their share pro rata.
 */
final class LibrAttribution implements AccountLedger {

    private final LotTable lots;

    LibrAttribution(int denseLabels) {
        lots = new LotTable(denseLabels);
    }

    @Override
    public void deposit(int label, long amount) {
        lots.add(label, amount);
    }

    @Override
    public long withdraw(long amount, Pieces taken) {
        long fromUntraced = Math.min(amount, lots.untraced());
        lots.takeUntraced(fromUntraced, taken);
        long rest = amount - fromUntraced;
        if (rest == 0) {
            return 0;
        }
        long traced = lots.traced();
        if (rest >= traced) {
            lots.takeAll(1, taken);
            return rest - traced;
        }
        lots.takeProRata(1, rest, traced, taken);
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
