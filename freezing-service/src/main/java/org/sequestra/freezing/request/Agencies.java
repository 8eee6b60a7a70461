package org.sequestra.freezing.request;

import java.util.Optional;
import org.sequestra.platform.security.TrustRegistry;
import org.sequestra.platform.security.TrustedIssuer;
import org.springframework.stereotype.Component;

/** The agencies a request may go to: those of the trust registry, each with its country. */
@Component
public class Agencies {

  private final TrustRegistry trust;

  Agencies(TrustRegistry trust) {
    this.trust = trust;
  }

  /** The agency's country, if the trust registry knows the agency. */
  public Optional<String> countryOf(String agency) {
    return trust.issuers().stream()
        .filter(issuer -> !issuer.isHub() && issuer.agency().equals(agency))
        .map(TrustedIssuer::country)
        .findFirst();
  }
}
