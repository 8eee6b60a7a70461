package org.sequestra.trace.importing;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * This replica's share of the lease work: at start-up, before uploads are taken, a first sweep for
 * jobs other replicas (or this one's previous life) left; then, on fixed intervals, the renewal of
 * the leases of the jobs queued or running here and further sweeps. Every replica runs both: the
 * sweep claims each job for one replica only, so it needs no scheduler lock.
 */
@Component
class ImportLeaseSchedule implements SmartInitializingSingleton, DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(ImportLeaseSchedule.class);

  private final ImportRecovery recovery;
  private final ImportWorkers workers;
  private final ImportLeases leases;
  private final ImportProperties properties;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "import-leases");
            thread.setDaemon(true);
            return thread;
          });

  ImportLeaseSchedule(
      ImportRecovery recovery,
      ImportWorkers workers,
      ImportRunner runner,
      ImportProperties properties,
      DataSource dataSource) {
    this.recovery = recovery;
    this.workers = workers;
    this.properties = properties;
    this.leases = new ImportLeases(dataSource, runner.instance(), properties.leaseDuration());
  }

  @Override
  public void afterSingletonsInstantiated() {
    recovery.recover();
    long renew = properties.leaseRenewInterval().toMillis();
    long sweep = properties.sweepInterval().toMillis();
    timer.scheduleWithFixedDelay(this::renew, renew, renew, TimeUnit.MILLISECONDS);
    timer.scheduleWithFixedDelay(this::sweep, sweep, sweep, TimeUnit.MILLISECONDS);
  }

  void renew() {
    try {
      leases.renew(workers.jobs());
    } catch (RuntimeException e) {
      // the next renewal tries again; past the lease, another replica may take the queued jobs
      log.warn("Could not renew the leases of this replica's imports: {}", e.getMessage());
    }
  }

  private void sweep() {
    try {
      recovery.recover();
    } catch (RuntimeException e) {
      log.warn("The sweep for imports left by other replicas failed: {}", e.getMessage());
    }
  }

  /** Stops before the workers hand their jobs back (this bean depends on them). */
  @Override
  public void destroy() throws InterruptedException {
    timer.shutdownNow();
    timer.awaitTermination(10, TimeUnit.SECONDS);
  }
}
