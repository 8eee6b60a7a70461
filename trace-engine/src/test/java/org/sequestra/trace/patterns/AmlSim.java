package org.sequestra.trace.patterns;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.Objects;
import org.sequestra.trace.engine.TemporalGraph;

/**
 * The IBM AMLSim sample "20K_fanin200cycle200" (see src/test/resources/samples/SOURCES.md): 20 000
 * accounts, their transfers and the isFraud labels. Node ids are the account ids; a simulation step
 * is one day; amounts have two decimals.
 */
record AmlSim(TemporalGraph graph, BitSet fraud) {

  static final long FIRST_DAY = 1_483_228_800L; // 2017-01-01T00:00:00Z, step 0
  static final int CURRENCY = 0;

  static AmlSim load() {
    BitSet fraud = new BitSet();
    int accounts = 0;
    try (BufferedReader nodes = open("amlsim_20k_fanin200cycle200_nodes.csv")) {
      nodes.readLine(); // nodeid,isFraud,init_balance,fraudStep
      for (String line = nodes.readLine();
          line != null && !line.isBlank();
          line = nodes.readLine()) {
        String[] fields = line.strip().split(",");
        int node = Integer.parseInt(fields[0]);
        accounts = Math.max(accounts, node + 1);
        fraud.set(node, fields[1].equals("1"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    TemporalGraph.Builder builder = TemporalGraph.builder().accountCount(accounts);
    try (BufferedReader transactions = open("amlsim_20k_fanin200cycle200_transactions.csv")) {
      transactions.readLine(); // sourceNodeId,targetNodeId,value,time
      for (String line = transactions.readLine();
          line != null && !line.isBlank();
          line = transactions.readLine()) {
        String[] fields = line.strip().split(",");
        builder.add(
            Integer.parseInt(fields[0]),
            Integer.parseInt(fields[1]),
            new BigDecimal(fields[2]).movePointRight(2).longValueExact(),
            CURRENCY,
            FIRST_DAY + Long.parseLong(fields[3]) * 86_400);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new AmlSim(builder.build(), fraud);
  }

  /** Precision and recall of a set of flagged accounts against the isFraud labels. */
  Quality quality(int[] flagged) {
    int hits = 0;
    for (int account : flagged) {
      hits += fraud.get(account) ? 1 : 0;
    }
    return new Quality(flagged.length, hits, fraud.cardinality());
  }

  record Quality(int flagged, int truePositives, int labelled) {

    double precision() {
      return flagged == 0 ? 0 : (double) truePositives / flagged;
    }

    double recall() {
      return (double) truePositives / labelled;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
      return String.format(
          "flagged %5d, true %4d: precision %.3f, recall %.3f, F1 %.3f",
          flagged, truePositives, precision(), recall(), f1());
    }
  }

  private static BufferedReader open(String file) {
    InputStream in =
        Objects.requireNonNull(AmlSim.class.getResourceAsStream("/samples/" + file), file);
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
  }
}
