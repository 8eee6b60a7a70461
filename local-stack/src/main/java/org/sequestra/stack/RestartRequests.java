package org.sequestra.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@code ./sequestra restart <service>} from another terminal: the running launcher owns the
 * processes, so the command leaves a request file in the state directory, the launcher restarts the
 * service and answers in a second file, which the command prints.
 */
final class RestartRequests {

  private static final Duration POLL_INTERVAL = Duration.ofMillis(300);
  private static final String REQUEST = ".restart";
  private static final String ANSWER = ".answer";

  private final Path directory;

  RestartRequests(Path stateDir) {
    this.directory = stateDir.resolve("run").resolve("requests");
  }

  /** The launcher's side: serves requests until the thread is interrupted. */
  void serve(LocalStack stack, Consumer<String> progress) {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        pending().forEach(request -> answer(request, stack, progress));
        Thread.sleep(POLL_INTERVAL);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The command's side: asks for the restart and waits for the answer; empty if none came in time.
   */
  Optional<String> ask(String service, Duration timeout) throws InterruptedException {
    Path request = directory.resolve(service + REQUEST);
    Path answer = directory.resolve(service + ANSWER);
    try {
      Files.createDirectories(directory);
      Files.deleteIfExists(answer);
      // Written under another name and moved: the launcher never reads half a request.
      Path draft = Files.createTempFile(directory, service, ".draft");
      Files.move(draft, request, StandardCopyOption.ATOMIC_MOVE);
      Instant deadline = Instant.now().plus(timeout);
      while (Instant.now().isBefore(deadline)) {
        if (Files.exists(answer)) {
          String text = Files.readString(answer);
          Files.deleteIfExists(answer);
          return Optional.of(text);
        }
        Thread.sleep(POLL_INTERVAL);
      }
      Files.deleteIfExists(request);
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not ask for the restart in " + directory, e);
    }
  }

  private Stream<Path> pending() {
    if (!Files.isDirectory(directory)) {
      return Stream.empty();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(file -> file.toString().endsWith(REQUEST)).toList().stream();
    } catch (IOException e) {
      return Stream.empty();
    }
  }

  private void answer(Path request, LocalStack stack, Consumer<String> progress) {
    String name = request.getFileName().toString().replaceFirst("\\.restart$", "");
    String answer;
    try {
      Files.deleteIfExists(request);
      progress.accept("Restarting " + name + " (asked from another terminal)");
      Instant begin = Instant.now();
      stack.restartService(name);
      answer =
          "OK: "
              + name
              + " ready at "
              + stack.serviceUrl(name)
              + " after "
              + Duration.between(begin, Instant.now()).toSeconds()
              + " s";
    } catch (IOException | RuntimeException e) {
      answer = "FAILED: " + name + " did not start again: " + e.getMessage();
    }
    progress.accept(answer);
    try {
      Path draft = Files.createTempFile(directory, name, ".draft");
      Files.writeString(draft, answer);
      Files.move(draft, directory.resolve(name + ANSWER), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      progress.accept("Could not answer the restart request of " + name + ": " + e.getMessage());
    }
  }
}
