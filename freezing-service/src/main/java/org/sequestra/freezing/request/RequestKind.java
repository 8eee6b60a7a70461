package org.sequestra.freezing.request;

/** Freezing certificate (Annex I) or confiscation certificate (Annex II). */
public enum RequestKind {
  FREEZING,
  CONFISCATION
}
