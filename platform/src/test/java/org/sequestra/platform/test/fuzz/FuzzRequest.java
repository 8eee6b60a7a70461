package org.sequestra.platform.test.fuzz;

import java.util.Map;

/**
 * One generated request: the operation it targets ({@code POST /api/v1/cases}), what was broken
 * ({@code variant}), and the request itself. Path and query values are unencoded; the runner
 * percent-encodes them.
 */
record FuzzRequest(
    String method,
    String pathTemplate,
    String variant,
    Map<String, String> pathValues,
    Map<String, String> query,
    Map<String, String> headers,
    String contentType,
    byte[] body) {

  String operation() {
    return method + " " + pathTemplate;
  }
}
