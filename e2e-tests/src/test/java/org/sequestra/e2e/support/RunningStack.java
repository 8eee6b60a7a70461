package org.sequestra.e2e.support;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.sequestra.stack.LocalStack;
import org.sequestra.stack.StackConfig;

/**
 * Starts the platform once for the whole e2e run, exactly as the local command does (same
 * launcher), on free ports, and stops it when JUnit closes its root store.
 */
public final class RunningStack implements BeforeAllCallback {

  /** Short skew so the expired-token test need not wait long; everything else uses defaults. */
  public static final Duration CLOCK_SKEW = Duration.ofSeconds(1);

  /**
   * A small bucket for CO-ARO (ReplicasIT sees it shared by both gateways; other agencies keep the
   * default), and plain http to the test's own webhook receiver on localhost (FreezingStoryIT).
   */
  private static final String SETTINGS =
      """
      {"sequestra":{"gateway":{"rate-limit":{"agencies":\
      {"[CO-ARO]":{"requests-per-second":1,"burst":12}}}},\
      "webhooks":{"allow-http-hosts":["localhost"]}}}""";

  private static LocalStack stack;

  @Override
  public void beforeAll(ExtensionContext context) {
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .computeIfAbsent(RunningStack.class, key -> new Handle(), Handle.class);
  }

  public static LocalStack stack() {
    if (stack == null) {
      throw new IllegalStateException("annotate the test with @ExtendWith(RunningStack.class)");
    }
    return stack;
  }

  private static final class Handle implements AutoCloseable {

    Handle() {
      Path repoRoot = Path.of(System.getProperty("sequestra.repo.root", ".."));
      Path state = Path.of(System.getProperty("sequestra.e2e.state", "target/stack"));
      stack =
          LocalStack.start(
              StackConfig.builder(repoRoot)
                  .stateDir(state)
                  .freePorts()
                  // a first Keycloak boot on a busy 2-core machine can take minutes
                  .startTimeout(Duration.ofMinutes(10))
                  .extraEnv("SEQUESTRA_SECURITY_CLOCK_SKEW", CLOCK_SKEW.toSeconds() + "s")
                  // every scenario runs against two instances of each service and two gateways
                  .replicas(2)
                  .extraEnv("SPRING_APPLICATION_JSON", SETTINGS)
                  // an import whose instance died is taken over within seconds, not half a minute
                  .extraEnv("SEQUESTRA_IMPORT_LEASE_DURATION", "6s")
                  .extraEnv("SEQUESTRA_IMPORT_LEASE_RENEW_INTERVAL", "2s")
                  .extraEnv("SEQUESTRA_IMPORT_SWEEP_INTERVAL", "2s")
                  .build());
    }

    @Override
    public void close() {
      stack.close();
    }
  }
}
