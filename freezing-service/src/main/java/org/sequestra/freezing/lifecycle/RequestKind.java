package org.sequestra.freezing.lifecycle;

/** Freezing certificate (Annex I) or confiscation certificate (Annex II). */
public enum RequestKind {
  FREEZING,
  CONFISCATION
}
