package org.sequestra.platform.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON string holds a control character the platform refuses (see {@link
 * org.sequestra.platform.text.ControlCharacters}); Jackson adds the field's path on the way out.
 */
public final class ControlCharacterException extends MismatchedInputException {

  private final String reason;

  ControlCharacterException(JsonParser parser, String reason) {
    super(parser, "String value " + reason, String.class);
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }
}
