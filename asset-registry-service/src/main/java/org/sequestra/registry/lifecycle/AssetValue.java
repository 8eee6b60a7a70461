package org.sequestra.registry.lifecycle;

import java.math.BigDecimal;

/** The asset's estimated or actual value at the moment of a transition (ISO 4217 currency). */
public record AssetValue(BigDecimal amount, String currency) {}
