package org.sequestra.trace.engine;

import java.util.Arrays;

/**
 * Lots keyed by label, for rules where the position of money in the account does not matter
 * (pro-rata, LIBR). Lot 0 always holds the untraced money. Labels below {@code denseLabels} (hop
 * levels) share one lot each; larger labels (inflow edge ids, which never repeat) get their own lot.
 */
final class LotTable {

    private final int[] lotOfLabel;
    private int count = 1;
    private int emptyLots;
    private int[] labels = new int[8];
    private long[] amounts = new long[8];
    private long[] parts = new long[8];
    private long balance;
    private long traced;

    LotTable(int denseLabels) {
        lotOfLabel = new int[denseLabels];
        Arrays.fill(lotOfLabel, -1);
        labels[0] = Pieces.UNTRACED;
    }

    void add(int label, long amount) {
        if (amount == 0) {
            return;
        }
        balance += amount;
        if (label == Pieces.UNTRACED) {
            amounts[0] += amount;
            return;
        }
        traced += amount;
        int lot = label < lotOfLabel.length ? lotOfLabel[label] : -1;
        if (lot < 0) {
            lot = appendLot(label);
        }
        amounts[lot] += amount;
    }

    long balance() {
        return balance;
    }

    long traced() {
        return traced;
    }

    long untraced() {
        return amounts[0];
    }

    void takeUntraced(long amount, Pieces taken) {
        amounts[0] -= amount;
        balance -= amount;
        taken.add(Pieces.UNTRACED, amount);
    }

    /** Takes every lot from {@code firstLot} on (0: all money, 1: all traced money). */
    void takeAll(int firstLot, Pieces taken) {
        for (int lot = firstLot; lot < count; lot++) {
            takeFrom(lot, amounts[lot], taken);
        }
        compactIfSparse();
    }

    /**
     * Takes {@code amount}, less than the sum of lots from {@code firstLot} on ({@code weightSum}),
     * from each of those lots in proportion to its size (see {@link MinorUnits#split}).
     */
    void takeProRata(int firstLot, long amount, long weightSum, Pieces taken) {
        if (parts.length < count) {
            parts = new long[amounts.length];
        }
        MinorUnits.split(amount, amounts, firstLot, count, weightSum, parts);
        for (int lot = firstLot; lot < count; lot++) {
            takeFrom(lot, parts[lot], taken);
        }
        compactIfSparse();
    }

    private void takeFrom(int lot, long part, Pieces taken) {
        if (part == 0) {
            return;
        }
        amounts[lot] -= part;
        balance -= part;
        if (lot > 0) {
            traced -= part;
            if (amounts[lot] == 0) {
                emptyLots++;
            }
        }
        taken.add(labels[lot], part);
    }

    private int appendLot(int label) {
        if (count == labels.length) {
            labels = Arrays.copyOf(labels, count * 2);
            amounts = Arrays.copyOf(amounts, count * 2);
        }
        labels[count] = label;
        amounts[count] = 0;
        if (label < lotOfLabel.length) {
            lotOfLabel[label] = count;
        }
        return count++;
    }

    /** Drops emptied lots once they are half of the table, so spent inflows stop costing time. */
    private void compactIfSparse() {
        if (emptyLots * 2 < count) {
            return;
        }
        int kept = 1;
        for (int lot = 1; lot < count; lot++) {
            if (labels[lot] < lotOfLabel.length) {
                lotOfLabel[labels[lot]] = -1;
            }
            if (amounts[lot] != 0) {
                labels[kept] = labels[lot];
                amounts[kept] = amounts[lot];
                if (labels[kept] < lotOfLabel.length) {
                    lotOfLabel[labels[kept]] = kept;
                }
                kept++;
            }
        }
        count = kept;
        emptyLots = 0;
    }
}
