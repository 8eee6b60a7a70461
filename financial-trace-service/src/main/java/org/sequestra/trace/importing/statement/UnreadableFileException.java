package org.sequestra.trace.importing.statement;

/**
 * The file is not what its format says (wrong layout, broken XML, text that does not decode): the
 * whole import fails with this message and nothing of the file is imported.
 */
public final class UnreadableFileException extends RuntimeException {

  public UnreadableFileException(String message) {
    super(message);
  }

  public UnreadableFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
