package org.sequestra.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code ./sequestra up|stop|status} (this class, with target/lib on the class path): runs the
 * platform in the foreground until Ctrl-C (or {@code stop} from another terminal), then stops every
 * process it started.
 */
public final class LocalStackMain {

  // Services (40 s), Keycloak (30 s) and PostgreSQL stop one tier after the other.
  private static final Duration STOP_WAIT = Duration.ofSeconds(150);

  private LocalStackMain() {}

  public static void main(String[] args) throws InterruptedException {
    // zonky logs through SLF4J; PostgreSQL's own output goes to its log file, the rest is noise
    // here.
    System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
    System.setProperty("slf4j.internal.verbosity", "WARN");
    LaunchOptions options;
    try {
      options = LaunchOptions.parse(args, System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.print(LaunchOptions.USAGE);
      System.exit(2);
      return;
    }
    Path stateDir = options.config().stateDir();
    switch (options.command()) {
      case "stop" -> stop(stateDir);
      case "status" -> status(stateDir);
      case "restart" -> restart(options.config(), options.service().orElseThrow());
      default -> up(options.config());
    }
  }

  private static void up(StackConfig config) throws InterruptedException {
    PidFile pidFile = pidFile(config.stateDir());
    Optional<ProcessHandle> running = pidFile.liveProcess();
    if (running.isPresent()) {
      System.err.println(
          "A stack is already running from "
              + config.stateDir()
              + " (pid "
              + running.get().pid()
              + "). Stop it first: ./sequestra stop");
      System.exit(1);
    }
    LocalStack stack = new LocalStack(config);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stack.close();
                  pidFile.delete();
                  System.out.println("Sequestra stopped.");
                },
                "local-stack-main-shutdown"));
    StateDirectory.create(config.stateDir());
    pidFile.write(ProcessHandle.current());
    Instant begin = Instant.now();
    try {
      stack.start();
    } catch (StackStartException e) {
      System.err.println(System.lineSeparator() + "Sequestra did not start: " + e.getMessage());
      System.exit(1);
    }
    System.out.print(Banner.text(stack, Duration.between(begin, Instant.now())));
    Thread.ofVirtual()
        .name("restart-requests")
        .start(() -> new RestartRequests(config.stateDir()).serve(stack, config.progress()));
    new CountDownLatch(1).await(); // until SIGINT/SIGTERM runs the shutdown hook
  }

  private static void stop(Path stateDir) {
    Optional<ProcessHandle> launcher = pidFile(stateDir).liveProcess();
    if (launcher.isEmpty()) {
      System.out.println("No stack is running from " + stateDir + ".");
    } else {
      ProcessHandle process = launcher.get();
      System.out.println("Stopping the stack (pid " + process.pid() + ")...");
      process.destroy();
      if (!awaitExit(process, STOP_WAIT)) {
        System.out.println("It did not stop within " + STOP_WAIT.toSeconds() + " s: killing it.");
        ProcessTree.stop(process, Duration.ZERO);
      }
      System.out.println("Stopped.");
    }
    stopLeftovers(stateDir);
  }

  private static void restart(StackConfig config, String service) throws InterruptedException {
    if (pidFile(config.stateDir()).liveProcess().isEmpty()) {
      System.err.println(
          "No stack is running from " + config.stateDir() + ": start it with ./sequestra up");
      System.exit(1);
    }
    System.out.println("Asking the running stack to restart " + service + "...");
    // Stopping takes up to 40 s, starting up to the start timeout.
    Duration wait = config.startTimeout().plus(STOP_WAIT);
    Optional<String> answer = new RestartRequests(config.stateDir()).ask(service, wait);
    System.out.println(
        answer.orElse("No answer from the running stack within " + wait.toSeconds() + " s."));
    if (answer.filter(text -> text.startsWith("OK")).isEmpty()) {
      System.exit(1);
    }
  }

  /** Processes whose launcher was killed outright are still recorded in the ledger; they go too. */
  private static void stopLeftovers(Path stateDir) {
    Path ledgerDir = stateDir.resolve("run");
    if (!Files.isDirectory(ledgerDir)) {
      return;
    }
    StateLock.tryAcquire(stateDir)
        .ifPresent(
            lock -> {
              try (lock) {
                new ProcessLedger(ledgerDir).stopLeftovers(System.out::println);
              }
            });
  }

  private static void status(Path stateDir) {
    Optional<ProcessHandle> launcher = pidFile(stateDir).liveProcess();
    System.out.println(
        launcher
            .map(
                process -> "Sequestra stack running (pid " + process.pid() + "), state " + stateDir)
            .orElse("No stack is running from " + stateDir + "."));
    List<ProcessLedger.Entry> components = new ProcessLedger(stateDir.resolve("run")).liveEntries();
    for (ProcessLedger.Entry component : components.reversed()) {
      boolean up = component.probe().map(Probe::isUp).orElse(false);
      System.out.printf(
          "  %-24s pid %-8d %-9s %s%n",
          component.name(),
          component.process().pid(),
          up ? "up" : "not ready",
          component.probe().map(Object::toString).orElse(""));
    }
    for (ProcessLedger.Exit exit : new ProcessLedger(stateDir.resolve("run")).exits()) {
      System.out.printf(
          "  %-24s %-12s %-9s %s; start it again: ./sequestra restart %s%n",
          exit.name(), "", "down", exit.description(), exit.name());
    }
    if (launcher.isEmpty() && !components.isEmpty()) {
      System.out.println(
          "These were left behind by a run that was killed: ./sequestra stop ends them.");
    }
  }

  private static PidFile pidFile(Path stateDir) {
    return new PidFile(stateDir.resolve("stack.pid"));
  }

  private static boolean awaitExit(ProcessHandle process, Duration timeout) {
    try {
      process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException | ExecutionException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
