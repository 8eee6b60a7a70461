package org.sequestra.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Records under {@code <state>/run} every process the stack starts, so that a run that was killed
 * without cleaning up (SIGKILL, power loss) can be cleaned up by the next one, and so that {@code
 * status} can report.
 */
final class ProcessLedger {

  private static final Duration LEFTOVER_GRACE = Duration.ofSeconds(30);

  private final Path directory;

  ProcessLedger(Path directory) {
    this.directory = directory;
  }

  record Entry(String name, ProcessHandle process, Optional<URI> probe) {}

  /** A component that ended without being asked to, as its launcher saw it end. */
  record Exit(String name, String description) {}

  void record(String name, ProcessHandle process, URI probe) {
    deleteQuietly(exitFile(name));
    pidFile(name).write(process, probe);
  }

  void forget(String name) {
    pidFile(name).delete();
    deleteQuietly(exitFile(name));
  }

  /** Keeps, for {@code status}, that {@code name} ended on its own and how. */
  void recordExit(String name, String description) {
    pidFile(name).delete();
    try {
      Files.createDirectories(directory);
      Files.writeString(exitFile(name), description);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + exitFile(name), e);
    }
  }

  /** Components that ended on their own and were not started again, by name. */
  List<Exit> exits() {
    return files(".exit")
        .sorted()
        .flatMap(
            file -> {
              String name = file.getFileName().toString().replaceFirst("\\.exit$", "");
              try {
                return Stream.of(new Exit(name, Files.readString(file).strip()));
              } catch (IOException e) {
                return Stream.empty();
              }
            })
        .toList();
  }

  /** Recorded processes that still run, most recently started first (the order to stop them in). */
  List<Entry> liveEntries() {
    return recordedFiles()
        .sorted(Comparator.comparing(ProcessLedger::lastModified).reversed())
        .flatMap(file -> entry(file).stream())
        .toList();
  }

  /**
   * Stops processes left behind by an earlier run; only safe while holding the state directory's
   * lock.
   */
  void stopLeftovers(Consumer<String> progress) {
    for (Entry entry : liveEntries()) {
      progress.accept(
          "Stopping "
              + entry.name()
              + " (pid "
              + entry.process().pid()
              + ") left behind by a previous run");
      ProcessTree.stop(entry.process(), LEFTOVER_GRACE);
    }
    recordedFiles().forEach(file -> new PidFile(file).delete());
    files(".exit").forEach(ProcessLedger::deleteQuietly);
  }

  private Optional<Entry> entry(Path file) {
    PidFile pidFile = new PidFile(file);
    String name = file.getFileName().toString().replaceFirst("\\.pid$", "");
    return pidFile.liveProcess().map(process -> new Entry(name, process, pidFile.probe()));
  }

  private PidFile pidFile(String name) {
    return new PidFile(directory.resolve(name + ".pid"));
  }

  private Path exitFile(String name) {
    return directory.resolve(name + ".exit");
  }

  private Stream<Path> recordedFiles() {
    return files(".pid");
  }

  private Stream<Path> files(String suffix) {
    if (!Files.isDirectory(directory)) {
      return Stream.empty();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(file -> file.toString().endsWith(suffix)).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not list " + directory, e);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // A stale exit record only makes status report an old exit; it never stops anything.
    }
  }

  private static long lastModified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }
}
