package org.sequestra.registry.hit;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whom another agency should call about a hit: agency code → contact point ({@code
 * sequestra.registry.contact-points}). An agency without an entry is named without one.
 */
@ConfigurationProperties("sequestra.registry")
record ContactPoints(Map<String, ContactPoint> contactPoints) {

  record ContactPoint(String name, String email, String phone) {}

  ContactPoints {
    contactPoints = contactPoints == null ? Map.of() : Map.copyOf(contactPoints);
  }

  ContactPoint of(String agency) {
    return contactPoints.get(agency);
  }
}
