package org.sequestra.platform.mapping;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Conversions between the domain's types and the generated API models that every mapper needs: the
 * domain keeps instants, the contracts speak {@code date-time} (always written in UTC).
 */
public final class BoundaryConversions {

  private BoundaryConversions() {}

  public static OffsetDateTime toOffsetDateTime(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  public static Instant toInstant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }
}
