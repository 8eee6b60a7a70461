package org.sequestra.trace.registry;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The registry's NewAsset (openapi/asset-registry.yaml), as far as a traced account fills it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewRegistryAsset(
    String type,
    String description,
    String locationCountry,
    Identifiers identifiers,
    Valuation valuation) {

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Identifiers(String iban, String bic, String walletAddress, String chain) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Valuation(Money estimatedValue, String valuationDate, String source) {}

  public record Money(String amount, String currency) {}
}
