package org.sequestra.freezing.money;

import java.math.BigDecimal;

/** An exact amount in an ISO 4217 currency. */
public record Money(BigDecimal amount, String currency) {}
