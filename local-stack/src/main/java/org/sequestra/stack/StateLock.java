package org.sequestra.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Exclusive use of a state directory by one running stack. The operating system releases it when
 * the JVM dies, so whoever holds it knows that processes recorded in the directory are leftovers,
 * not a live stack's.
 */
final class StateLock implements AutoCloseable {

  static final String FILE_NAME = "stack.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private StateLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  static Optional<StateLock> tryAcquire(Path stateDir) {
    try {
      FileChannel channel =
          FileChannel.open(
              stateDir.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = tryLock(channel);
      if (lock == null) {
        channel.close();
        return Optional.empty();
      }
      return Optional.of(new StateLock(channel, lock));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not lock " + stateDir, e);
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not release the state directory lock", e);
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null; // Held by another LocalStack in this same JVM.
    }
  }
}
