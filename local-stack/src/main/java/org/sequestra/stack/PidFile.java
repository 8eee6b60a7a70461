package org.sequestra.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A process id on disk (first line; an optional second line names a URI that tells whether it is
 * up). A process only counts as the recorded one if it started before the file was written, so a
 * pid that the operating system has since reused for another program is never signalled.
 */
final class PidFile {

  private static final Duration CLOCK_SLACK = Duration.ofSeconds(2);

  private final Path file;

  PidFile(Path file) {
    this.file = file;
  }

  void write(ProcessHandle process) {
    write(process.pid() + System.lineSeparator());
  }

  void write(ProcessHandle process, URI probe) {
    write(process.pid() + System.lineSeparator() + probe + System.lineSeparator());
  }

  /** The recorded process if it still runs. */
  Optional<ProcessHandle> liveProcess() {
    return lines().stream()
        .findFirst()
        .flatMap(PidFile::parsePid)
        .flatMap(ProcessHandle::of)
        .filter(ProcessHandle::isAlive)
        .filter(this::startedBeforeRecorded);
  }

  Optional<URI> probe() {
    return lines().stream().skip(1).findFirst().filter(line -> !line.isBlank()).map(URI::create);
  }

  void delete() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not delete " + file, e);
    }
  }

  private void write(String content) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + file, e);
    }
  }

  private List<String> lines() {
    try {
      return Files.exists(file) ? Files.readAllLines(file) : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + file, e);
    }
  }

  private boolean startedBeforeRecorded(ProcessHandle process) {
    try {
      Instant recorded = Files.getLastModifiedTime(file).toInstant();
      return process
          .info()
          .startInstant()
          .map(started -> !started.isAfter(recorded.plus(CLOCK_SLACK)))
          .orElse(false);
    } catch (IOException e) {
      return false;
    }
  }

  private static Optional<Long> parsePid(String line) {
    try {
      return Optional.of(Long.parseLong(line.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
