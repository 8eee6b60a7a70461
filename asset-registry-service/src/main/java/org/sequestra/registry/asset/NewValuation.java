package org.sequestra.registry.asset;

import java.time.LocalDate;

/** A valuation to record, as stated: the amount is still the contract's decimal string. */
public record NewValuation(
    String amount, String currency, LocalDate valuationDate, String source) {}
