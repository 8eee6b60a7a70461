package org.sequestra.trace.importing.statement;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads one statement file as a stream, passing each transaction and each rejected record to the
 * sink as it goes: memory does not grow with the size of the file.
 */
public interface StatementParser {

  /**
   * @throws UnreadableFileException when the file is not what the format says; the caller must then
   *     discard everything the sink received
   * @throws IOException when reading the stream fails
   */
  void parse(InputStream in, StatementSink sink) throws IOException;
}
