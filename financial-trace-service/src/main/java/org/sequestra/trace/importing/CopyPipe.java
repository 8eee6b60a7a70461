package org.sequestra.trace.importing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * A COPY FROM STDIN fed from a second thread: the parser hands over chunks of encoded rows and goes
 * on parsing while this thread writes them to the server. A few chunks wait at most, so memory
 * stays the same whatever the file's size. Only this thread uses the connection until {@link
 * #finish()} or {@link #abort()} returns.
 */
final class CopyPipe {

  private static final byte[] END = new byte[0];

  private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(4);
  private final Thread writer;
  private volatile Exception failure;
  private volatile boolean aborted;
  private long rows;

  private CopyPipe(CopyIn copy, String name) {
    this.writer = Thread.ofPlatform().name(name).daemon().unstarted(() -> write(copy));
  }

  /** Starts {@code sql} (a {@code COPY ... FROM STDIN}) on the connection and its writer thread. */
  static CopyPipe start(Connection connection, String sql, String threadName) throws SQLException {
    CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
    CopyPipe pipe = new CopyPipe(copy, threadName);
    pipe.writer.start();
    return pipe;
  }

  /**
   * Hands a chunk to the writer; waits while the writer is behind.
   *
   * @throws CopyFailedException when the writer has failed (the server refused the data)
   */
  void send(byte[] chunk) {
    try {
      while (!chunks.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
        checkWriter();
      }
      checkWriter();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CopyFailedException(e);
    }
  }

  /**
   * Waits until everything sent is in the table.
   *
   * @return rows the server copied
   */
  long finish() throws SQLException {
    send(END);
    join();
    if (failure != null) {
      throw failure instanceof SQLException sql ? sql : new SQLException(failure);
    }
    return rows;
  }

  /** Abandons the COPY so that the transaction can be rolled back. */
  void abort() {
    aborted = true;
    chunks.clear();
    chunks.offer(END);
    join();
  }

  private void join() {
    boolean interrupted = false;
    while (writer.isAlive()) {
      try {
        writer.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void checkWriter() {
    if (failure != null) {
      throw new CopyFailedException(failure);
    }
  }

  private void write(CopyIn copy) {
    try {
      while (true) {
        byte[] chunk = chunks.take();
        if (aborted) {
          break;
        }
        if (chunk == END) {
          rows = copy.endCopy();
          return;
        }
        copy.writeToCopy(chunk, 0, chunk.length);
      }
    } catch (Exception e) {
      failure = e;
    }
    if (copy.isActive()) {
      try {
        copy.cancelCopy();
      } catch (SQLException ignored) {
        // the rollback that follows discards everything anyway
      }
    }
  }

  /** The server refused the copied data, or the writer could not send it. */
  static final class CopyFailedException extends RuntimeException {
    CopyFailedException(Exception cause) {
      super("COPY failed: " + cause.getMessage(), cause);
    }
  }
}
