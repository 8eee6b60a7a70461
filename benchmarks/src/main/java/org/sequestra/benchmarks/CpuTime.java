package org.sequestra.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * CPU time spent by this JVM and by one PostgreSQL server together: a measure of work that does not
 * depend on how many other processes share the cores, unlike wall time. The server's share is its
 * postmaster and every process it started, live ones from {@code /proc/<pid>/stat} and ended ones
 * (backends of closed connections) from the postmaster's reaped-children times. Linux only; where
 * {@code /proc} is missing, {@link #available()} is false.
 */
final class CpuTime {

  /** Linux reports process times in USER_HZ, 100 per second on every mainstream platform. */
  private static final long NANOS_PER_TICK = 10_000_000L;

  private final long postmaster;

  private CpuTime(long postmaster) {
    this.postmaster = postmaster;
  }

  static CpuTime of(DataSource server) throws SQLException {
    try (Connection connection = server.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("select pg_backend_pid()")) {
      result.next();
      long[] backend = stat(result.getLong(1));
      return new CpuTime(backend == null ? -1 : backend[0]);
    }
  }

  /**
   * Waits until the backends of connections just closed have ended and been reaped: only then are
   * their times in the postmaster's.
   */
  static void settle() throws InterruptedException {
    Thread.sleep(1_000);
  }

  boolean available() {
    return postmaster > 0;
  }

  /** JVM plus server CPU time so far. */
  long nanos() {
    return jvmNanos() + serverNanos();
  }

  long jvmNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  long serverNanos() {
    long[] own = stat(postmaster);
    if (own == null) {
      return 0;
    }
    long ticks = own[1] + own[2];
    try (var processes = Files.list(Path.of("/proc"))) {
      for (Path dir : (Iterable<Path>) processes::iterator) {
        String name = dir.getFileName().toString();
        if (!name.chars().allMatch(Character::isDigit)) {
          continue;
        }
        long[] child = stat(Long.parseLong(name));
        if (child != null && child[0] == postmaster) {
          ticks += child[1];
        }
      }
    } catch (IOException e) {
      return 0;
    }
    return ticks * NANOS_PER_TICK;
  }

  /**
   * {parent pid, own utime + stime, reaped children's cutime + cstime}, or null when unreadable.
   */
  private static long[] stat(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      String[] field = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // after the name: state, ppid (field 4 of stat), ... utime 14, stime 15, cutime 16, cstime 17
      return new long[] {
        Long.parseLong(field[1]),
        Long.parseLong(field[11]) + Long.parseLong(field[12]),
        Long.parseLong(field[13]) + Long.parseLong(field[14])
      };
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
