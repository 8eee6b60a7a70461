package org.sequestra.stack;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.ToolProvider;

/**
 * Builds a stand-in for a Spring Boot service jar: it listens on SERVER_PORT (the API, where it
 * answers nothing), answers the readiness endpoint on MANAGEMENT_SERVER_PORT and prints the
 * environment variables the launcher is meant to hand over, or fails at once if
 * FAKE_SERVICE_FAILURE is set.
 */
final class FakeServiceJar {

  private static final String SOURCE =
      """
            import com.sun.net.httpserver.HttpServer;
            import java.net.InetSocketAddress;

            public class FakeService {
                public static void main(String[] args) throws Exception {
                    if (System.getenv("FAKE_SERVICE_FAILURE") != null) {
                        System.err.println(System.getenv("FAKE_SERVICE_FAILURE"));
                        System.exit(1);
                    }
                    for (String name : new String[] {"SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME",
                            "SPRING_FLYWAY_USER", "SEQUESTRA_KEYCLOAK_URL", "SEQUESTRA_SERVICES_FREEZING_URL",
                            "SEQUESTRA_SERVICES_ASSET_REGISTRY_URL", "MANAGEMENT_SERVER_PORT", "EXTRA",
                            "SERVER_PORT", "SEQUESTRA_GATEWAY_RATE_LIMIT_STORE", "SPRING_DATA_REDIS_PORT",
                            "SEQUESTRA_IMPORT_WORK_DIR", "SEQUESTRA_CONSOLE_CLIENT_SECRET"}) {
                        System.out.println(name + "=" + System.getenv(name));
                    }
                    System.out.println("MAX_HEAP_MB=" + Runtime.getRuntime().maxMemory() / (1024 * 1024));
                    HttpServer api = HttpServer.create(new InetSocketAddress(Integer.parseInt(System.getenv("SERVER_PORT"))), 0);
                    api.start();
                    HttpServer management = HttpServer.create(new InetSocketAddress(Integer.parseInt(System.getenv("MANAGEMENT_SERVER_PORT"))), 0);
                    management.createContext("/actuator/health/readiness", exchange -> {
                        exchange.sendResponseHeaders(200, -1);
                        exchange.close();
                    });
                    management.start();
                }
            }
            """;

  private FakeServiceJar() {}

  /** Writes {@code <repoRoot>/<service>/target/<service>.jar}. */
  static void write(Path repoRoot, PlatformService service) throws Exception {
    Path work = Files.createTempDirectory("fake-service");
    Path source = work.resolve("FakeService.java");
    Files.writeString(source, SOURCE);
    if (ToolProvider.getSystemJavaCompiler()
            .run(null, null, null, "-d", work.toString(), source.toString())
        != 0) {
      throw new IllegalStateException("Could not compile the fake service");
    }
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "FakeService");
    Path jar =
        repoRoot
            .resolve(service.serviceName())
            .resolve("target")
            .resolve(service.serviceName() + ".jar");
    Files.createDirectories(jar.getParent());
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, manifest)) {
      out.putNextEntry(new JarEntry("FakeService.class"));
      out.write(Files.readAllBytes(work.resolve("FakeService.class")));
      out.closeEntry();
    }
    Directories.deleteRecursively(work);
  }
}
