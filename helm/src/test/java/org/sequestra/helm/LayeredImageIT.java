package org.sequestra.helm;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The image without a container engine: extracts the freezing-service jar with the Dockerfile's own
 * RUN line, merges the layers in the order of its COPY lines, and starts its ENTRYPOINT in a
 * read-only directory (as the image's read-only root filesystem), with only a temp directory
 * writable (the chart's emptyDir on /tmp), the chart's port convention and the environment and
 * configuration file the chart gives it.
 */
class LayeredImageIT {

  private static final Path REPO = Path.of(System.getProperty("sequestra.repo.root", ".."));
  private static final Duration STARTUP = Duration.ofSeconds(90);

  private final HttpClient http = HttpClient.newHttpClient();

  @ParameterizedTest(name = "{0}")
  @CsvSource({"freezing-service, freezing, freezing", "gateway, gateway,"})
  void theExtractedLayersStartReadOnlyAndAnswerReadinessOnTheManagementPort(
      String component, String chartComponent, String database, @TempDir Path work)
      throws Exception {
    String dockerfile = Files.readString(REPO.resolve("helm/Dockerfile"));
    String jarPath =
        group(dockerfile, "(?m)^COPY (\\S+) application\\.jar$").replace("${COMPONENT}", component);
    assertThat(Files.readAllLines(REPO.resolve(".dockerignore")))
        .as("the jar is in the build context")
        .contains("!" + jarPath);
    Path jar = REPO.resolve(jarPath);
    assertThat(jar).as("built by the reactor before this module").exists();

    Path builder = Files.createDirectories(work.resolve("builder"));
    Files.copy(jar, builder.resolve("application.jar"));
    run(builder, javaCommand(group(dockerfile, "(?m)^RUN (java -Djarmode=tools .+)$")));

    Path application = Files.createDirectories(work.resolve("application"));
    Matcher copies =
        Pattern.compile("(?m)^COPY --from=builder /builder/(\\S+)/ \\./$").matcher(dockerfile);
    List<String> layers = new ArrayList<>();
    while (copies.find()) {
      layers.add(copies.group(1));
      mergeInto(builder.resolve(copies.group(1)), application);
    }
    assertThat(layers).hasSize(4).last().isEqualTo("extracted/application");

    Path tmp = Files.createDirectories(work.resolve("tmp"));
    makeReadOnly(application);
    // chmod does not stop root (as builds in containers often run): compare the tree as well
    Map<String, String> applicationBefore = snapshot(application);
    int apiPort = freePort();
    int managementPort = freePort();
    EmbeddedPostgres postgres = database == null ? null : EmbeddedPostgres.builder().start();
    try {
      ProcessBuilder service =
          new ProcessBuilder(
                  javaCommand(group(dockerfile, "(?m)^ENTRYPOINT \\[(.+)]$").replace("\"", "")))
              .directory(application.toFile())
              .redirectErrorStream(true)
              .redirectOutput(work.resolve("service.log").toFile());
      Map<String, String> env = service.environment();
      env.remove("CLASSPATH"); // the image has none: JarLauncher is found in "."
      env.putAll(chartEnvironment(chartComponent, work.resolve("config")));
      env.putAll(
          Map.of(
              "JDK_JAVA_OPTIONS",
              "-Xmx256m -XX:TieredStopAtLevel=1 -Djava.io.tmpdir=" + tmp,
              "SERVER_PORT",
              String.valueOf(apiPort),
              "MANAGEMENT_SERVER_PORT",
              String.valueOf(managementPort)));
      if (postgres != null) {
        env.putAll(dataSource(postgres, database));
      }
      Process process = service.start();
      try {
        assertThat(awaitReadiness(process, managementPort))
            .as(() -> log(work))
            .contains("\"status\":\"UP\"");
        assertThat(get(apiPort, "/actuator/health/readiness").statusCode())
            .as("the API port serves no actuator endpoint")
            .isNotEqualTo(200);
        assertThat(snapshot(application))
            .as("nothing written next to the application")
            .isEqualTo(applicationBefore);
        if (database != null) { // the servlet services' Tomcat; the gateway (Netty) writes nothing
          assertThat(tmp).as("Tomcat's work files go to java.io.tmpdir").isNotEmptyDirectory();
        }
      } finally {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
        makeWritable(application);
      }
    } finally {
      if (postgres != null) {
        postgres.close();
      }
    }
  }

  /** A new database on the embedded server, as the chart's SPRING_DATASOURCE_* would name one. */
  private static Map<String, String> dataSource(EmbeddedPostgres postgres, String database)
      throws SQLException {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("create database " + database);
    }
    return Map.of(
        "SPRING_DATASOURCE_URL", postgres.getJdbcUrl("postgres", database),
        "SPRING_DATASOURCE_USERNAME", "postgres",
        "SPRING_DATASOURCE_PASSWORD", "postgres");
  }

  /**
   * A component's environment literals and configuration file as the chart renders them with the
   * production example (trust registry with the hub's service clients, rate limits, webhook hosts,
   * the relay's token endpoint), the file written to {@code config} instead of the ConfigMap's
   * mount point.
   */
  private static Map<String, String> chartEnvironment(String component, Path config)
      throws IOException {
    RenderedChart chart = RenderedChart.withProductionExample();
    String name = RenderedChart.RELEASE + "-sequestra-" + component;
    Container container =
        chart.all(Deployment.class).stream()
            .filter(d -> d.getMetadata().getName().equals(name))
            .findFirst()
            .orElseThrow()
            .getSpec()
            .getTemplate()
            .getSpec()
            .getContainers()
            .getFirst();
    Map<String, String> env = new HashMap<>();
    container.getEnv().stream()
        .filter(e -> e.getValue() != null)
        .forEach(e -> env.put(e.getName(), e.getValue()));
    String mountPath =
        container.getVolumeMounts().stream()
            .filter(m -> m.getName().equals("config"))
            .findFirst()
            .orElseThrow()
            .getMountPath();
    assertThat(env).containsEntry("SPRING_CONFIG_ADDITIONAL_LOCATION", "file:" + mountPath + "/");
    env.put("SPRING_CONFIG_ADDITIONAL_LOCATION", "file:" + config + "/");

    Files.createDirectories(config);
    for (ConfigMap configMap : chart.all(ConfigMap.class)) {
      if (configMap.getMetadata().getName().equals(name)) {
        for (Map.Entry<String, String> file : configMap.getData().entrySet()) {
          Files.writeString(config.resolve(file.getKey()), file.getValue());
        }
      }
    }
    assertThat(config.resolve("application.yaml")).exists();
    return env;
  }

  private String awaitReadiness(Process process, int port) throws Exception {
    Instant deadline = Instant.now().plus(STARTUP);
    while (process.isAlive() && Instant.now().isBefore(deadline)) {
      try {
        HttpResponse<String> response = get(port, "/actuator/health/readiness");
        if (response.statusCode() == 200) {
          return response.body();
        }
      } catch (IOException notListeningYet) {
        // still starting
      }
      Thread.sleep(500);
    }
    return process.isAlive() ? "not ready in " + STARTUP : "exited with " + process.exitValue();
  }

  private HttpResponse<String> get(int port, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(5))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A Dockerfile command line with "java" replaced by this JVM's launcher. */
  private static List<String> javaCommand(String commandLine) {
    List<String> words = new ArrayList<>(Arrays.asList(commandLine.trim().split("\\s*,\\s*|\\s+")));
    assertThat(words.getFirst()).isEqualTo("java");
    words.set(0, ProcessHandle.current().info().command().orElse("java"));
    return words;
  }

  private static void run(Path directory, List<String> command) throws Exception {
    Process process = new ProcessBuilder(command).directory(directory.toFile()).inheritIO().start();
    assertThat(process.waitFor()).as(String.join(" ", command)).isZero();
  }

  private static String group(String text, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    assertThat(matcher.find()).as(regex).isTrue();
    return matcher.group(1);
  }

  /** As COPY does: the layer's tree into the target, later layers adding to earlier ones. */
  private static void mergeInto(Path layer, Path target) throws IOException {
    try (Stream<Path> files = Files.walk(layer)) {
      for (Path source : files.toList()) {
        Path destination = target.resolve(layer.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(destination);
        } else {
          Files.copy(source, destination, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void makeReadOnly(Path tree) throws IOException {
    chmod(tree, "r-xr-xr-x", "r--r--r--");
  }

  private static void makeWritable(Path tree) throws IOException {
    chmod(tree, "rwxr-xr-x", "rw-r--r--");
  }

  private static void chmod(Path tree, String directories, String files) throws IOException {
    try (Stream<Path> paths = Files.walk(tree)) {
      for (Path path : paths.toList()) {
        Files.setPosixFilePermissions(
            path, PosixFilePermissions.fromString(Files.isDirectory(path) ? directories : files));
      }
    }
  }

  /** Every path under the tree with its size and modification time. */
  private static Map<String, String> snapshot(Path tree) throws IOException {
    try (Stream<Path> paths = Files.walk(tree)) {
      Map<String, String> state = new TreeMap<>();
      for (Path path : paths.toList()) {
        state.put(
            tree.relativize(path).toString(),
            Files.size(path) + "@" + Files.getLastModifiedTime(path));
      }
      return state;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String log(Path work) {
    try {
      List<String> lines = Files.readAllLines(work.resolve("service.log"));
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "no log: " + e.getMessage();
    }
  }
}
