package org.sequestra.stack;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * One child process of the stack: output into a log file, readiness through a probe, stop of its
 * whole tree.
 */
final class ManagedProcess {

  private static final Duration POLL_INTERVAL = Duration.ofMillis(500);

  private final String name;
  private final Process process;
  private final Path log;
  private final URI probe;

  private ManagedProcess(String name, Process process, Path log, URI probe) {
    this.name = name;
    this.process = process;
    this.log = log;
    this.probe = probe;
  }

  /**
   * Launches {@code command}; the log file is started afresh so its tail always belongs to this
   * run.
   */
  static ManagedProcess start(
      String name,
      List<String> command,
      Map<String, String> environment,
      Path workingDirectory,
      Path log,
      URI probe) {
    try {
      Files.createDirectories(log.getParent());
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(workingDirectory.toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
      builder.environment().putAll(environment);
      Process process = builder.start();
      process.getOutputStream().close();
      return new ManagedProcess(name, process, log, probe);
    } catch (IOException e) {
      throw new StackStartException(
          "Could not start " + name + " (" + String.join(" ", command) + "): " + e.getMessage(), e);
    }
  }

  ProcessHandle handle() {
    return process.toHandle();
  }

  URI probe() {
    return probe;
  }

  boolean isAlive() {
    return process.isAlive();
  }

  Path log() {
    return log;
  }

  /**
   * Calls {@code exited} with the exit code once the process has ended, however it ended, on a
   * thread of its own: run on the JDK's reaper thread, a callback that waits for a lock would also
   * hold up everyone else waiting for this process to end.
   */
  void onExit(IntConsumer exited) {
    process
        .onExit()
        .thenAcceptAsync(
            ended -> exited.accept(ended.exitValue()), task -> Thread.ofVirtual().start(task));
  }

  /**
   * Blocks until the probe answers; fails at once, with the log's tail, if the process exits first.
   */
  void awaitReady(Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      if (!process.isAlive()) {
        throw failure(name + " exited with code " + process.exitValue() + " before it was ready");
      }
      if (Probe.isUp(probe)) {
        return;
      }
      if (Instant.now().isAfter(deadline)) {
        throw failure(
            name
                + " was not ready within "
                + timeout.toSeconds()
                + " s ("
                + probe
                + " did not answer)");
      }
      try {
        Thread.sleep(POLL_INTERVAL);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StackStartException("Interrupted while waiting for " + name);
      }
    }
  }

  void stop(Duration grace) {
    ProcessTree.stop(process.toHandle(), grace);
  }

  private StackStartException failure(String reason) {
    return new StackStartException(reason + LogTail.of(log));
  }
}
