package org.sequestra.stack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManagedProcessTest {

  @TempDir Path dir;

  @Test
  void reportsAnEarlyExitWithTheEndOfItsLog() {
    ManagedProcess process =
        start(
            "for i in $(seq 1 50); do echo line $i; done; echo \"$GREETING\"; exit 3",
            URI.create("tcp://localhost:" + Ports.free()));

    StackStartException failure =
        assertThrows(StackStartException.class, () -> process.awaitReady(Duration.ofSeconds(20)));

    String message = failure.getMessage();
    assertTrue(message.contains("exited with code 3 before it was ready"), message);
    assertTrue(message.contains("hello from the environment"), message);
    assertTrue(
        message.contains("line 12") && !message.contains("line 11\n"),
        "only the last 40 lines: " + message);
  }

  @Test
  void reportsATimeout() {
    ManagedProcess process = start("sleep 30", URI.create("tcp://localhost:" + Ports.free()));
    try {
      StackStartException failure =
          assertThrows(StackStartException.class, () -> process.awaitReady(Duration.ofSeconds(1)));
      assertTrue(failure.getMessage().contains("was not ready within 1 s"), failure.getMessage());
    } finally {
      process.stop(Duration.ofSeconds(5));
    }
  }

  @Test
  void isReadyWhenTheProbeAnswersAndStopsItsWholeTree() throws Exception {
    try (ServerSocket listening = new ServerSocket(0)) {
      // The shell ignores SIGTERM, like a wrapper script that waits for its children.
      ManagedProcess process =
          start(
              "trap '' TERM; sleep 300 & sleep 300 & wait",
              URI.create("tcp://localhost:" + listening.getLocalPort()));
      process.awaitReady(Duration.ofSeconds(10));
      Thread.sleep(200);
      List<ProcessHandle> children = process.handle().descendants().toList();
      assertFalse(children.isEmpty());

      process.stop(Duration.ofSeconds(1));

      assertFalse(process.isAlive());
      children.forEach(
          child -> assertFalse(child.isAlive(), "child " + child.pid() + " left behind"));
    }
  }

  private ManagedProcess start(String script, URI probe) {
    return ManagedProcess.start(
        "test",
        List.of("bash", "-c", script),
        Map.of("GREETING", "hello from the environment"),
        dir,
        dir.resolve("logs/test.log"),
        probe);
  }
}
