package org.sequestra.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The service's own time for each request of a service run as a JVM of its own ({@link
 * ServiceProcess}), from Tomcat's access log: from the moment Tomcat hands the request to the
 * application (before every filter, so the token check counts) until the answer is complete. One
 * line per request, {@code <method> <path> <status> <microseconds>}, written unbuffered.
 */
final class AccessLog {

  /** One logged request. */
  record Entry(String method, String path, int status, long nanos) {}

  private final Path file;

  AccessLog(Path directory, String module) {
    this.file = directory.resolve(module + "-access.log");
  }

  /** The settings that make the service write this log (command-line arguments). */
  static Map<String, String> settings(Path directory, String module) {
    return Map.of(
        "server.tomcat.accesslog.enabled", "true",
        "server.tomcat.accesslog.directory", directory.toAbsolutePath().toString(),
        "server.tomcat.accesslog.prefix", module + "-access",
        "server.tomcat.accesslog.suffix", ".log",
        "server.tomcat.accesslog.rotate", "false",
        "server.tomcat.accesslog.buffered", "false",
        "server.tomcat.accesslog.pattern", "%m %U %s %{us}T");
  }

  /** How many requests are logged so far: a mark to read from later. */
  int mark() throws IOException {
    return Files.exists(file) ? entries().size() : 0;
  }

  /** The requests logged after {@code mark}, in the order they ended. */
  List<Entry> entriesSince(int mark) throws IOException {
    List<Entry> all = entries();
    return all.subList(mark, all.size());
  }

  /** The service times of the requests logged after {@code mark} that {@code which} selects. */
  long[] nanosSince(int mark, Predicate<Entry> which) throws IOException {
    return entriesSince(mark).stream().filter(which).mapToLong(Entry::nanos).toArray();
  }

  /**
   * The service times of the last {@code count} requests logged after {@code mark} that {@code
   * which} selects. Tomcat writes a line after the answer is sent, so the line of a request made
   * just before the mark may land after it, and the last one may not be there yet: wait (up to 10
   * s) until {@code count} are there, then take the last ones.
   */
  long[] lastNanosSince(int mark, Predicate<Entry> which, int count)
      throws IOException, InterruptedException {
    long giveUp = System.nanoTime() + 10_000_000_000L;
    long[] found = nanosSince(mark, which);
    while (found.length < count && System.nanoTime() < giveUp) {
      Thread.sleep(20);
      found = nanosSince(mark, which);
    }
    if (found.length < count) {
      throw new IllegalStateException(
          count + " requests expected in the access log, found " + found.length);
    }
    return java.util.Arrays.copyOfRange(found, found.length - count, found.length);
  }

  private List<Entry> entries() throws IOException {
    return Files.readAllLines(file).stream()
        .filter(line -> !line.isBlank())
        .map(
            line -> {
              String[] fields = line.trim().split(" ");
              return new Entry(
                  fields[0],
                  fields[1],
                  Integer.parseInt(fields[2]),
                  Long.parseLong(fields[3]) * 1_000);
            })
        .toList();
  }
}
