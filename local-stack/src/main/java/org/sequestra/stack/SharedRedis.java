package org.sequestra.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Redis server on loopback for the gateways' shared rate limits, when the stack runs several
 * gateways. The binary is the Linux x86_64 build that the embedded-redis library ships (Redis
 * 6.2.6, {@code com.github.codemonstur:embedded-redis}); it keeps nothing on disk, and its password
 * is in a config file only the owner reads, not on its command line.
 */
final class SharedRedis implements AutoCloseable {

  static final String NAME = "redis";

  private static final String BINARY = "redis-server-6.2.6-v5-linux-amd64";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

  private final ManagedProcess process;
  private final int port;

  private SharedRedis(ManagedProcess process, int port) {
    this.process = process;
    this.port = port;
  }

  static SharedRedis start(Path stateDir, String password) {
    if (!System.getProperty("os.name").startsWith("Linux")
        || !System.getProperty("os.arch").equals("amd64")) {
      throw new StackStartException(
          "Several gateways share their rate limits in Redis; the bundled Redis runs on Linux"
              + " x86_64 only. Run one replica here (SEQUESTRA_REPLICAS=1).");
    }
    Path directory = stateDir.resolve("redis");
    try {
      Files.createDirectories(directory);
      Path binary = directory.resolve("redis-server");
      try (InputStream in = SharedRedis.class.getResourceAsStream("/" + BINARY)) {
        if (in == null) {
          throw new StackStartException(BINARY + " is not on the class path (embedded-redis)");
        }
        Files.copy(in, binary, StandardCopyOption.REPLACE_EXISTING);
      }
      Files.setPosixFilePermissions(binary, PosixFilePermissions.fromString("rwx------"));
      int port = Ports.free();
      Path conf = directory.resolve("redis.conf");
      Files.deleteIfExists(conf);
      Files.createFile(
          conf, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(
          conf,
          String.join(
              "\n",
              "bind 127.0.0.1",
              "port " + port,
              "requirepass " + password,
              "save \"\"",
              "appendonly no",
              "dir " + directory,
              ""));
      ManagedProcess process =
          ManagedProcess.start(
              NAME,
              List.of(binary.toString(), conf.toString()),
              Map.of(),
              directory,
              stateDir.resolve("logs").resolve("redis.log"),
              URI.create("tcp://127.0.0.1:" + port));
      SharedRedis redis = new SharedRedis(process, port);
      try {
        process.awaitReady(START_TIMEOUT);
      } catch (RuntimeException e) {
        redis.close();
        throw e;
      }
      return redis;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start Redis in " + directory, e);
    }
  }

  int port() {
    return port;
  }

  Optional<ProcessHandle> process() {
    return Optional.of(process.handle());
  }

  URI probe() {
    return process.probe();
  }

  @Override
  public void close() {
    process.stop(Duration.ofSeconds(5));
  }
}
