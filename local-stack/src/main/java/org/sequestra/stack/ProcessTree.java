package org.sequestra.stack;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/** Stops a process and everything it spawned, gracefully first, so no process is left behind. */
final class ProcessTree {

  private static final Duration AFTER_FORCE = Duration.ofSeconds(5);

  private ProcessTree() {}

  /**
   * Sends SIGTERM to {@code root} only (kc.sh and postmaster forward it to their children in their
   * own way), waits up to {@code grace}, then terminates and finally kills whatever of the tree is
   * still alive.
   */
  static void stop(ProcessHandle root, Duration grace) {
    // Snapshot first: once the root is gone its children are re-parented and no longer found.
    List<ProcessHandle> tree = Stream.concat(Stream.of(root), root.descendants()).toList();
    Instant deadline = Instant.now().plus(grace);
    root.destroy();
    awaitExit(root, deadline);
    tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroy);
    tree.forEach(process -> awaitExit(process, deadline));
    tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    Instant forcedDeadline = Instant.now().plus(AFTER_FORCE);
    tree.forEach(process -> awaitExit(process, forcedDeadline));
  }

  private static void awaitExit(ProcessHandle process, Instant deadline) {
    long millis = Duration.between(Instant.now(), deadline).toMillis();
    if (millis <= 0 || !process.isAlive()) {
      return;
    }
    CompletableFuture<ProcessHandle> exit = process.onExit();
    try {
      exit.get(millis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      // Still alive: the caller escalates.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
