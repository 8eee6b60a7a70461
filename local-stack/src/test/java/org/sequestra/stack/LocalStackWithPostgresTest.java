package org.sequestra.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher with PostgreSQL and stand-in services; the state directory is shared so the binaries
 * unpack once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalStackWithPostgresTest {

  private static final List<String> DATABASES =
      List.of("asset_registry", "financial_trace", "freezing");

  @TempDir static Path stateDir;

  @Test
  @Order(1)
  void createsOneDatabaseAndRolePerServiceAndKeepsThemAcrossRuns() throws Exception {
    StackConfig config = postgresOnly(stateDir).build();
    String firstPassword;
    Optional<ProcessHandle> postmaster;
    try (LocalStack stack = LocalStack.start(config)) {
      firstPassword = stack.secrets().databasePassword("freezing");
      for (String database : DATABASES) {
        try (Connection connection = connect(stack, database)) {
          assertEquals(database, single(connection, "SELECT current_user"));
          assertEquals(
              database,
              single(
                  connection,
                  "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"));
        }
      }
      for (String database : DATABASES) {
        try (Connection connection = connectAsApp(stack, database)) {
          assertEquals(database + "_app", single(connection, "SELECT current_user"));
        }
      }
      // An application role reaches its own service's database only.
      SQLException elsewhere =
          assertThrows(
              SQLException.class,
              () ->
                  DriverManager.getConnection(
                          stack.jdbcUrl("asset_registry"),
                          "freezing_app",
                          stack.secrets().appPassword("freezing"))
                      .close());
      assertEquals("42501", elsewhere.getSQLState(), elsewhere.getMessage());
      try (Connection connection = connect(stack, "freezing");
          Statement statement = connection.createStatement()) {
        statement.execute("CREATE TABLE kept_between_runs (id int)");
      }
      // As a data directory and secrets file from before the application roles existed.
      try (Connection connection =
              DriverManager.getConnection(
                  stack.jdbcUrl("freezing"),
                  "postgres",
                  stack.secrets().postgresSuperuserPassword());
          Statement statement = connection.createStatement()) {
        statement.execute("DROP OWNED BY freezing_app");
        statement.execute("DROP ROLE freezing_app");
      }
      postmaster = new PidFile(stateDir.resolve("run/postgres.pid")).liveProcess();
      assertTrue(postmaster.isPresent(), "the postmaster is recorded for leftover clean-up");
    }
    assertFalse(postmaster.get().isAlive(), "close() stops PostgreSQL");
    assertFalse(Files.exists(stateDir.resolve("run/postgres.pid")));
    assertEquals(
        "rw-------",
        PosixFilePermissions.toString(
            Files.getPosixFilePermissions(stateDir.resolve("secrets.properties"))));

    Path secretsFile = stateDir.resolve("secrets.properties");
    Files.write(
        secretsFile,
        Files.readAllLines(secretsFile).stream()
            .filter(line -> !line.startsWith("postgres.freezing_app."))
            .toList());

    try (LocalStack stack = LocalStack.start(postgresOnly(stateDir).build())) {
      assertEquals(firstPassword, stack.secrets().databasePassword("freezing"));
      try (Connection connection = connect(stack, "freezing")) {
        assertEquals(
            "kept_between_runs",
            single(connection, "SELECT to_regclass('kept_between_runs')::text"));
        assertEquals(
            "freezing",
            single(
                connection,
                "SELECT pg_get_userbyid(relowner) FROM pg_class"
                    + " WHERE oid = 'kept_between_runs'::regclass"));
      }
      try (Connection connection = connectAsApp(stack, "freezing")) {
        assertEquals("freezing_app", single(connection, "SELECT current_user"));
      }
    }
  }

  @Test
  @Order(2)
  void rejectsAWrongPassword() {
    try (LocalStack stack = LocalStack.start(postgresOnly(stateDir).build())) {
      SQLException failure =
          assertThrows(
              SQLException.class,
              () ->
                  DriverManager.getConnection(
                          stack.jdbcUrl("freezing"), "freezing", "not-the-password")
                      .close());
      assertTrue(
          failure.getMessage().contains("password authentication failed"), failure.getMessage());
    }
  }

  @Test
  @Order(2)
  void theSuperuserNeedsItsGeneratedPasswordAndTheServerListensOnLoopbackOnly() throws Exception {
    try (LocalStack stack = LocalStack.start(postgresOnly(stateDir).build())) {
      String url = stack.jdbcUrl("postgres");
      for (String wrong : new String[] {"", "postgres", "not-the-password"}) {
        SQLException failure =
            assertThrows(
                SQLException.class, () -> DriverManager.getConnection(url, "postgres", wrong));
        assertTrue(failure.getMessage().contains("password"), failure.getMessage());
      }
      try (Connection connection =
          DriverManager.getConnection(
              url, "postgres", stack.secrets().postgresSuperuserPassword())) {
        assertEquals("127.0.0.1,::1", single(connection, "SHOW listen_addresses"));
        assertEquals(
            "t", single(connection, "SELECT rolsuper FROM pg_roles WHERE rolname = 'postgres'"));
      }
      String hba = Files.readString(stateDir.resolve("postgres/pg_hba.conf"));
      assertFalse(hba.contains("trust"), hba);
      assertFalse(
          Files.readString(stateDir.resolve("postgres/sequestra-superuser-password.sha256"))
              .contains(stack.secrets().postgresSuperuserPassword()));
    }
    // Secrets lost but data kept: the launcher sets the new password instead of locking itself out.
    Files.delete(stateDir.resolve("secrets.properties"));
    try (LocalStack stack = LocalStack.start(postgresOnly(stateDir).build())) {
      try (Connection connection =
          DriverManager.getConnection(
              stack.jdbcUrl("postgres"), "postgres", stack.secrets().postgresSuperuserPassword())) {
        assertEquals("postgres", single(connection, "SELECT current_user"));
      }
      try (Connection connection = connect(stack, "freezing")) {
        assertEquals("freezing", single(connection, "SELECT current_user"));
      }
    }
  }

  @Test
  @Order(3)
  void stopsWhatAlreadyRunsWhenAServiceFailsAndShowsItsLog() throws Exception {
    Path repoRoot = stateDir.resolve("repo");
    FakeServiceJar.write(repoRoot, PlatformService.FREEZING);
    StackConfig config =
        StackConfig.builder(repoRoot)
            .stateDir(stateDir)
            .freePorts()
            .withoutKeycloak()
            .services(PlatformService.FREEZING)
            .extraEnv("FAKE_SERVICE_FAILURE", "no database for me")
            .progress(line -> {})
            .build();

    StackStartException failure =
        assertThrows(StackStartException.class, () -> LocalStack.start(config).close());

    assertTrue(
        failure.getMessage().contains("freezing-service exited with code 1 before it was ready"),
        failure.getMessage());
    assertTrue(failure.getMessage().contains("no database for me"), failure.getMessage());
    assertTrue(Ports.isFree(config.postgresPort()), "PostgreSQL was stopped again");
    assertTrue(new ProcessLedger(stateDir.resolve("run")).liveEntries().isEmpty());
  }

  @Test
  @Order(4)
  void startsServicesWithTheirEnvironmentAndStopsAndRestartsThemOneByOne() throws Exception {
    Path repoRoot = stateDir.resolve("repo");
    FakeServiceJar.write(repoRoot, PlatformService.GATEWAY);
    FakeServiceJar.write(repoRoot, PlatformService.FREEZING);
    StackConfig config =
        StackConfig.builder(repoRoot)
            .stateDir(stateDir)
            .freePorts()
            .withoutKeycloak()
            .services(PlatformService.GATEWAY, PlatformService.FREEZING)
            .extraEnv("EXTRA", "handed-over")
            .heap(PlatformService.FREEZING, "96m")
            .progress(line -> {})
            .build();
    int freezingPort = config.port(PlatformService.FREEZING);
    int freezingManagementPort = config.managementPort(PlatformService.FREEZING);

    try (LocalStack stack = LocalStack.start(config)) {
      String freezingLog = Files.readString(stateDir.resolve("logs/freezing-service.log"));
      assertTrue(
          freezingLog.contains("SPRING_DATASOURCE_URL=" + stack.jdbcUrl("freezing")), freezingLog);
      assertTrue(freezingLog.contains("SPRING_DATASOURCE_USERNAME=freezing"), freezingLog);
      // The service connects as its application role; Flyway migrates as the owner.
      assertTrue(freezingLog.contains("SPRING_DATASOURCE_USERNAME=freezing_app\n"), freezingLog);
      assertTrue(freezingLog.contains("SPRING_FLYWAY_USER=freezing\n"), freezingLog);
      assertTheServicesRoleCannotDropTheAuditTrigger(stack, freezingLog);
      assertTrue(
          freezingLog.contains("SEQUESTRA_KEYCLOAK_URL=" + stack.keycloakUrl()), freezingLog);
      assertTrue(freezingLog.contains("EXTRA=handed-over"), freezingLog);
      assertTrue(
          freezingLog.contains("MANAGEMENT_SERVER_PORT=" + freezingManagementPort), freezingLog);
      assertFalse(
          Probe.isUp(
              URI.create(stack.serviceUrl("freezing-service") + "/actuator/health/readiness")),
          "the API port serves no health endpoint");
      int maxHeapMegabytes =
          Integer.parseInt(freezingLog.replaceAll("(?s).*MAX_HEAP_MB=(\\d+).*", "$1"));
      assertTrue(maxHeapMegabytes > 48 && maxHeapMegabytes <= 96, "-Xmx96m: " + maxHeapMegabytes);
      // a backend learns where the others are, but is not told its own address
      assertTrue(
          freezingLog.contains(
              "SEQUESTRA_SERVICES_ASSET_REGISTRY_URL=http://localhost:"
                  + config.port(PlatformService.ASSET_REGISTRY)),
          freezingLog);
      assertTrue(freezingLog.contains("SEQUESTRA_SERVICES_FREEZING_URL=null"), freezingLog);
      String gatewayLog = Files.readString(stateDir.resolve("logs/gateway.log"));
      assertTrue(
          gatewayLog.contains("SEQUESTRA_SERVICES_FREEZING_URL=http://localhost:" + freezingPort),
          gatewayLog);
      assertTrue(
          gatewayLog.contains("SPRING_DATASOURCE_URL=null"),
          "the gateway has no database: " + gatewayLog);
      // the console's log-in: the gateway presents the hub client secret the stack generated
      assertTrue(
          gatewayLog.contains(
              "SEQUESTRA_CONSOLE_CLIENT_SECRET=" + stack.secrets().consoleClientSecret() + "\n"),
          "the gateway gets the console's client secret");
      assertTrue(freezingLog.contains("SEQUESTRA_CONSOLE_CLIENT_SECRET=null"), freezingLog);

      stack.stopService("freezing-service");
      assertFalse(stack.isRunning("freezing-service"));
      assertTrue(Ports.isFree(freezingPort));
      assertTrue(Ports.isFree(freezingManagementPort));

      stack.startService("freezing-service");
      assertTrue(stack.isRunning("freezing-service"));
      assertTrue(
          Probe.isUp(
              URI.create(stack.managementUrl("freezing-service") + "/actuator/health/readiness")));
    }
    assertTrue(Ports.isFree(freezingPort));
    assertTrue(Ports.isFree(freezingManagementPort));
    assertTrue(Ports.isFree(config.port(PlatformService.GATEWAY)));
    assertTrue(new ProcessLedger(stateDir.resolve("run")).liveEntries().isEmpty());
  }

  @Test
  @Order(5)
  void reportsAServiceThatDiesAtOnceShowsItDownAndRestartsItOnRequest() throws Exception {
    Path repoRoot = stateDir.resolve("repo");
    FakeServiceJar.write(repoRoot, PlatformService.FREEZING);
    BlockingQueue<String> progress = new LinkedBlockingQueue<>();
    StackConfig config =
        StackConfig.builder(repoRoot)
            .stateDir(stateDir)
            .freePorts()
            .withoutKeycloak()
            .services(PlatformService.FREEZING)
            .progress(progress::add)
            .build();
    ProcessLedger ledger = new ProcessLedger(stateDir.resolve("run"));

    try (LocalStack stack = LocalStack.start(config)) {
      ProcessHandle service =
          ledger.liveEntries().stream()
              .filter(entry -> entry.name().equals("freezing-service"))
              .findFirst()
              .orElseThrow()
              .process();
      progress.clear();
      service.destroyForcibly(); // kill -9 from outside

      String report = nextMatching(progress, "freezing-service exited");
      assertTrue(report.contains("exited with code 137"), report);
      assertTrue(report.contains(stateDir.resolve("logs/freezing-service.log").toString()), report);
      assertTrue(report.contains("./sequestra restart freezing-service"), report);
      assertFalse(stack.isRunning("freezing-service"));
      assertEquals(
          List.of("freezing-service"),
          ledger.exits().stream().map(ProcessLedger.Exit::name).toList());
      assertTrue(ledger.exits().getFirst().description().contains("code 137"));

      RestartRequests requests = new RestartRequests(stateDir);
      Thread server = Thread.ofVirtual().start(() -> requests.serve(stack, progress::add));
      try {
        Optional<String> answer =
            requests.ask("freezing-service", java.time.Duration.ofSeconds(60));
        assertTrue(answer.orElse("").startsWith("OK: freezing-service ready"), answer.toString());
      } finally {
        server.interrupt();
      }
      assertTrue(stack.isRunning("freezing-service"));
      assertTrue(ledger.exits().isEmpty(), "restarted: no longer reported down");
      assertTrue(
          Probe.isUp(
              URI.create(stack.managementUrl("freezing-service") + "/actuator/health/readiness")));
    }
    assertTrue(
        progress.stream().noneMatch(line -> line.contains("exited with code 143")),
        "a stop by the stack itself is not reported as an exit");
    assertTrue(ledger.exits().isEmpty());
  }

  @Test
  @Order(6)
  void runsSeveralInstancesBehindGatewaysThatShareARedisAndKillsAndRestartsOne() throws Exception {
    Path repoRoot = stateDir.resolve("repo");
    FakeServiceJar.write(repoRoot, PlatformService.GATEWAY);
    FakeServiceJar.write(repoRoot, PlatformService.FREEZING);
    BlockingQueue<String> progress = new LinkedBlockingQueue<>();
    StackConfig config =
        StackConfig.builder(repoRoot)
            .stateDir(stateDir)
            .freePorts()
            .replicas(2)
            .withoutKeycloak()
            .services(PlatformService.GATEWAY, PlatformService.FREEZING)
            .progress(progress::add)
            .build();
    ServiceInstance freezing1 = new ServiceInstance(PlatformService.FREEZING, 1, 2);
    ServiceInstance freezing2 = new ServiceInstance(PlatformService.FREEZING, 2, 2);
    assertEquals("freezing-service-2", freezing2.name());
    assertFalse(config.port(freezing1) == config.port(freezing2));
    int redisPort;

    try (LocalStack stack = LocalStack.start(config)) {
      assertEquals(2, stack.gatewayUrls().size());
      for (String gateway : List.of("gateway-1", "gateway-2")) {
        String log = Files.readString(stateDir.resolve("logs/" + gateway + ".log"));
        // every gateway balances over both instances and keeps its rate limits in the shared Redis
        assertTrue(
            log.contains(
                "SEQUESTRA_SERVICES_FREEZING_URL=http://localhost:"
                    + config.port(freezing1)
                    + ",http://localhost:"
                    + config.port(freezing2)),
            log);
        assertTrue(log.contains("SEQUESTRA_GATEWAY_RATE_LIMIT_STORE=redis"), log);
      }
      String gatewayLog = Files.readString(stateDir.resolve("logs/gateway-1.log"));
      redisPort =
          Integer.parseInt(gatewayLog.replaceAll("(?s).*SPRING_DATA_REDIS_PORT=(\\d+).*", "$1"));
      assertEquals("-NOAUTH", redis(redisPort, "PING").split(" ")[0]);
      assertEquals(
          "+OK +PONG", redis(redisPort, "AUTH " + stack.secrets().redisPassword(), "PING"));
      String freezing2Log = Files.readString(stateDir.resolve("logs/freezing-service-2.log"));
      assertTrue(freezing2Log.contains("SERVER_PORT=" + config.port(freezing2)), freezing2Log);
      // a backend calls another through one URL (the first instance; in Kubernetes the Service)
      assertTrue(
          freezing2Log.contains(
              "SEQUESTRA_SERVICES_ASSET_REGISTRY_URL=http://localhost:"
                  + config.port(PlatformService.ASSET_REGISTRY)
                  + "\n"),
          freezing2Log);

      progress.clear();
      stack.killInstance("freezing-service-2");
      String report = nextMatching(progress, "freezing-service-2 exited");
      assertTrue(report.contains("./sequestra restart freezing-service-2"), report);
      assertTrue(stack.isRunning("freezing-service"), "the other instance still runs");
      assertTrue(stack.isRunning("freezing-service-1"));
      assertFalse(stack.isRunning("freezing-service-2"));

      stack.restartService("freezing-service-2");
      assertTrue(stack.isRunning("freezing-service-2"));
      assertTrue(
          Probe.isUp(
              URI.create(
                  stack.managementUrl("freezing-service-2") + "/actuator/health/readiness")));
      IllegalArgumentException unknown =
          org.junit.jupiter.api.Assertions.assertThrows(
              IllegalArgumentException.class, () -> stack.stopService("freezing-service-3"));
      assertTrue(unknown.getMessage().contains("freezing-service-1, freezing-service-2"));

      stack.stopService("freezing-service"); // both instances
      assertFalse(stack.isRunning("freezing-service"));
      assertTrue(Ports.isFree(config.port(freezing1)));
      assertTrue(Ports.isFree(config.port(freezing2)));
    }
    assertTrue(Ports.isFree(redisPort));
    for (ServiceInstance instance : config.instances()) {
      assertTrue(Ports.isFree(config.port(instance)), instance.name());
    }
    assertTrue(new ProcessLedger(stateDir.resolve("run")).liveEntries().isEmpty());
  }

  /** Sends Redis inline commands and returns the first line of each answer, space-separated. */
  private static String redis(int port, String... commands) throws Exception {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
      socket.setSoTimeout(5000);
      var out = socket.getOutputStream();
      var in =
          new java.io.BufferedReader(
              new java.io.InputStreamReader(
                  socket.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
      List<String> answers = new java.util.ArrayList<>();
      for (String command : commands) {
        out.write((command + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.flush();
        answers.add(in.readLine());
      }
      return String.join(" ", answers);
    }
  }

  /**
   * The audit trail's trigger as the service's migration leaves it (created by the owner), and the
   * role the running service was handed, which may neither drop nor disable it.
   */
  private static void assertTheServicesRoleCannotDropTheAuditTrigger(
      LocalStack stack, String serviceLog) throws SQLException {
    try (Connection owner = connect(stack, "freezing");
        Statement statement = owner.createStatement()) {
      statement.execute("CREATE TABLE IF NOT EXISTS audit_log (seq bigint)");
      statement.execute(
          "CREATE OR REPLACE FUNCTION audit_log_reject_change() RETURNS trigger LANGUAGE plpgsql"
              + " AS $$ BEGIN RAISE EXCEPTION 'append-only'; END $$");
      statement.execute(
          "CREATE OR REPLACE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE"
              + " ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_reject_change()");
      statement.execute("GRANT SELECT, INSERT ON audit_log TO freezing_app");
    }
    String serviceRole = serviceLog.replaceAll("(?s).*SPRING_DATASOURCE_USERNAME=(\\S+).*", "$1");
    try (Connection service =
            DriverManager.getConnection(
                stack.jdbcUrl("freezing"), serviceRole, stack.secrets().appPassword("freezing"));
        Statement statement = service.createStatement()) {
      assertEquals(0, Integer.parseInt(single(service, "SELECT count(*) FROM audit_log")));
      for (String sql :
          List.of(
              "DROP TRIGGER audit_log_no_update_or_delete ON audit_log",
              "ALTER TABLE audit_log DISABLE TRIGGER ALL",
              "TRUNCATE audit_log",
              "DROP TABLE audit_log",
              "CREATE TABLE audit_log_copy (seq bigint)")) {
        SQLException failure = assertThrows(SQLException.class, () -> statement.execute(sql));
        assertEquals("42501", failure.getSQLState(), sql + ": " + failure.getMessage());
      }
    }
  }

  private static String nextMatching(BlockingQueue<String> lines, String text)
      throws InterruptedException {
    while (true) {
      String line = lines.poll(30, TimeUnit.SECONDS);
      assertTrue(line != null, "no line containing '" + text + "' within 30 s");
      if (line.contains(text)) {
        return line;
      }
    }
  }

  private static StackConfig.Builder postgresOnly(Path stateDir) {
    return StackConfig.builder(stateDir)
        .stateDir(stateDir)
        .freePorts()
        .withoutKeycloak()
        .services()
        .progress(line -> {});
  }

  private static Connection connect(LocalStack stack, String database) throws SQLException {
    return DriverManager.getConnection(
        stack.jdbcUrl(database), database, stack.secrets().databasePassword(database));
  }

  private static Connection connectAsApp(LocalStack stack, String database) throws SQLException {
    return DriverManager.getConnection(
        stack.jdbcUrl(database), Secrets.appRole(database), stack.secrets().appPassword(database));
  }

  private static String single(Connection connection, String query) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(query)) {
      result.next();
      return result.getString(1);
    }
  }
}
