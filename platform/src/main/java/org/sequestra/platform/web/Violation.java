package org.sequestra.platform.web;

/** One field-level reason a request was rejected, as listed in a problem's {@code violations}. */
public record Violation(String field, String reason) {}
