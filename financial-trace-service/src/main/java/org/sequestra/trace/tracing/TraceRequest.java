package org.sequestra.trace.tracing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.sequestra.platform.web.InvalidRequestException;
import org.sequestra.platform.web.Violation;
import org.sequestra.trace.engine.AttributionRule;
import org.sequestra.trace.engine.CurrencyConversion;
import org.sequestra.trace.engine.TraceDirection;
import org.sequestra.trace.engine.TraceOptions;
import org.sequestra.trace.engine.TraceSeed;
import org.sequestra.trace.graph.Currencies;
import org.sequestra.trace.graph.DatasetGraph;

/**
 * A trace request checked against the dataset's graph and translated into the engine's seed and
 * options. Every problem becomes a field-level violation; all are reported at once.
 */
record TraceRequest(
    TraceDirection direction, TraceSeed seed, TraceOptions options, String currency) {

  static TraceRequest of(NewTrace request, DatasetGraph graph) {
    return new Checker(request, graph).check();
  }

  private static final class Checker {

    private final NewTrace request;
    private final DatasetGraph graph;
    private final Currencies currencies;
    private final List<Violation> violations = new ArrayList<>();

    Checker(NewTrace request, DatasetGraph graph) {
      this.request = request;
      this.graph = graph;
      this.currencies = graph.currencies();
    }

    TraceRequest check() {
      TraceDirection direction = request.direction();
      AttributionRule rule = request.rule();
      if (rule == AttributionRule.LIBR && direction == TraceDirection.BACKWARD) {
        violations.add(
            new Violation(
                "rule",
                "LIBR is a forward rule (it protects money already traced into an account);"
                    + " trace backward with FIFO, LIFO, PRO_RATA or POISON"));
      }
      NewTrace.Seed seed = request.seed();
      long from = seed.from() == null ? Long.MIN_VALUE : seed.from().getEpochSecond();
      long until = seed.until() == null ? Long.MAX_VALUE : seed.until().getEpochSecond();
      if (from > until) {
        violations.add(new Violation("seed.until", "must not be before seed.from"));
      }
      boolean byAccount = seed.accountId() != null || seed.accountIdentifier() != null;
      boolean byTransactions = seed.transactionIds() != null && !seed.transactionIds().isEmpty();
      if (byAccount == byTransactions) {
        violations.add(
            new Violation(
                "seed",
                "give either an account (accountId or accountIdentifier) with amount and currency,"
                    + " or transactionIds"));
        throw new InvalidRequestException(violations);
      }
      int[] seedTransactions = byTransactions ? seedTransactions(seed) : new int[0];
      String currency = seedCurrency(seed, seedTransactions);
      int code = currency == null ? -1 : currencyCode(currency);
      CurrencyConversion conversion = conversion(code);
      TraceSeed engineSeed = null;
      if (byAccount) {
        int account = seedAccount(seed);
        long amount = positiveAmount("seed.amount", seed.amount(), code);
        if (direction == TraceDirection.FORWARD && seed.from() == null) {
          violations.add(
              new Violation(
                  "seed.from",
                  "is required to trace forward from an account (when the proceeds were there)"));
        }
        if (direction == TraceDirection.BACKWARD && seed.until() == null) {
          violations.add(
              new Violation(
                  "seed.until",
                  "is required to trace backward from an account (when the money was there)"));
        }
        if (violations.isEmpty()) {
          engineSeed = new TraceSeed.InAccount(account, amount, from, until);
        }
      } else {
        checkSeedTransactions(seedTransactions, code, conversion, from, until);
        if (violations.isEmpty()) {
          engineSeed = new TraceSeed.OfTransactions(seedTransactions, from, until);
        }
      }
      long minimum = minimumAmount(code);
      List<Integer> stopList = stopList();
      if (!violations.isEmpty()) {
        throw new InvalidRequestException(violations);
      }
      TraceOptions options =
          new TraceOptions(
              rule,
              code,
              request.hopLimit(),
              minimum,
              Set.copyOf(stopList),
              conversion,
              request.topPaths());
      return new TraceRequest(direction, engineSeed, options, currency);
    }

    private int[] seedTransactions(NewTrace.Seed seed) {
      List<Long> ids = seed.transactionIds();
      int[] engine = new int[ids.size()];
      for (int i = 0; i < ids.size(); i++) {
        OptionalInt found =
            ids.get(i) == null ? OptionalInt.empty() : graph.engineTransaction(ids.get(i));
        if (found.isEmpty()) {
          violations.add(
              new Violation(
                  "seed.transactionIds[" + i + "]",
                  "is not a traceable transaction of the dataset (unknown, zero amount, or the"
                      + " receiver's copy of a transfer whose sender's statement is imported)"));
        } else {
          engine[i] = found.getAsInt();
        }
      }
      return engine;
    }

    /**
     * Seed transactions must lie in the window and be in the traced currency or convertible into
     * it.
     */
    private void checkSeedTransactions(
        int[] seedTransactions, int code, CurrencyConversion conversion, long from, long until) {
      if (!violations.isEmpty()) {
        return;
      }
      int[] edges = graph.graph().edgesOf(seedTransactions);
      for (int i = 0; i < edges.length; i++) {
        long time = graph.graph().time(edges[i]);
        int currency = graph.graph().currency(edges[i]);
        if (time < from || time > until) {
          violations.add(
              new Violation(
                  "seed.transactionIds[" + i + "]", "was booked outside the seed's from/until"));
        } else if (currency != code
            && (conversion == null
                || conversion.convert(graph.graph().amount(edges[i]), currency, code, time) <= 0)) {
          violations.add(
              new Violation(
                  "seed.transactionIds[" + i + "]",
                  "is in "
                      + currencies.name(currency)
                      + ", not in the traced currency "
                      + currencies.name(code)
                      + ", and conversionRates give no rate for it"));
        }
      }
    }

    /** The seed's currency, or for transaction seeds without one the first transaction's. */
    private String seedCurrency(NewTrace.Seed seed, int[] seedTransactions) {
      if (seed.currency() != null) {
        return seed.currency();
      }
      if (seedTransactions.length > 0 && violations.isEmpty()) {
        int edge = graph.graph().edgesOf(seedTransactions[0])[0];
        return currencies.name(graph.graph().currency(edge));
      }
      if (seedTransactions.length == 0) {
        violations.add(new Violation("seed.currency", "is required for an account seed"));
      }
      return null;
    }

    private int currencyCode(String currency) {
      OptionalInt code = currencies.find(currency);
      if (code.isEmpty()) {
        violations.add(
            new Violation("seed.currency", "no transaction of the dataset is in " + currency));
        return -1;
      }
      return code.getAsInt();
    }

    private int seedAccount(NewTrace.Seed seed) {
      if (seed.accountId() != null) {
        if (seed.accountIdentifier() != null) {
          violations.add(
              new Violation(
                  "seed.accountIdentifier", "give accountId or accountIdentifier, not both"));
        }
        OptionalInt node = graph.nodeOf(seed.accountId());
        if (node.isEmpty()) {
          violations.add(new Violation("seed.accountId", "is not an account of the dataset"));
          return -1;
        }
        return node.getAsInt();
      }
      int[] nodes = graph.nodesWithIdentifier(seed.accountIdentifier());
      if (nodes.length != 1) {
        violations.add(
            new Violation(
                "seed.accountIdentifier",
                nodes.length == 0
                    ? "is not an account of the dataset"
                    : "names " + nodes.length + " accounts of the dataset; give accountId"));
        return -1;
      }
      return nodes[0];
    }

    private long positiveAmount(String field, String text, int code) {
      if (text == null) {
        violations.add(new Violation(field, "is required for an account seed"));
        return 0;
      }
      BigDecimal amount = new BigDecimal(text);
      if (amount.signum() <= 0) {
        violations.add(new Violation(field, "must be positive"));
        return 0;
      }
      return code < 0 ? 0 : minorUnits(field, amount, code);
    }

    private long minimumAmount(int code) {
      if (request.minimumAmount() == null) {
        return 0;
      }
      BigDecimal amount = new BigDecimal(request.minimumAmount());
      if (amount.signum() < 0) {
        violations.add(new Violation("minimumAmount", "must not be negative"));
        return 0;
      }
      return code < 0 ? 0 : minorUnits("minimumAmount", amount, code);
    }

    private long minorUnits(String field, BigDecimal amount, int code) {
      int digits = currencies.digits(code);
      if (amount.stripTrailingZeros().scale() > digits) {
        violations.add(
            new Violation(
                field,
                "has more decimals than " + currencies.name(code) + " has (" + digits + ")"));
        return 0;
      }
      return currencies.toMinor(amount, code);
    }

    private List<Integer> stopList() {
      List<Integer> nodes = new ArrayList<>();
      List<Long> ids = request.stopList() == null ? List.of() : request.stopList();
      for (int i = 0; i < ids.size(); i++) {
        OptionalInt node = ids.get(i) == null ? OptionalInt.empty() : graph.nodeOf(ids.get(i));
        if (node.isEmpty()) {
          violations.add(new Violation("stopList[" + i + "]", "is not an account of the dataset"));
        } else {
          nodes.add(node.getAsInt());
        }
      }
      return nodes;
    }

    /** Fixed rates into the traced currency, exact in minor units, rounded half up. */
    private CurrencyConversion conversion(int tracedCode) {
      List<NewTrace.ConversionRate> rates = request.conversionRates();
      if (rates == null || rates.isEmpty() || tracedCode < 0) {
        return null;
      }
      Map<Integer, BigDecimal> factors = new HashMap<>();
      for (int i = 0; i < rates.size(); i++) {
        NewTrace.ConversionRate rate = rates.get(i);
        BigDecimal value = new BigDecimal(rate.rate());
        if (value.signum() <= 0) {
          violations.add(new Violation("conversionRates[" + i + "].rate", "must be positive"));
          continue;
        }
        // A currency without transactions in the dataset converts nothing; no need to refuse it.
        currencies
            .find(rate.currency())
            .ifPresent(
                code ->
                    factors.put(
                        code,
                        value.movePointRight(
                            currencies.digits(tracedCode) - currencies.digits(code))));
      }
      return (amountMinor, fromCurrency, toCurrency, epochSecond) -> {
        BigDecimal factor = factors.get(fromCurrency);
        return factor == null
            ? CurrencyConversion.NO_RATE
            : BigDecimal.valueOf(amountMinor)
                .multiply(factor)
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
      };
    }
  }
}
