package org.sequestra.trace.importing;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.sequestra.platform.web.ServiceBusyException;
import org.springframework.beans.factory.DisposableBean;

/**
 * A bounded pool for import jobs: {@code workers} run at once and {@code queueCapacity} more may
 * wait. A place is reserved before the upload is read, so a full service refuses the file before
 * receiving it rather than after. Knows the jobs it has queued or running, whose leases this
 * replica renews.
 */
final class ImportWorkers implements DisposableBean {

  private final ThreadPoolExecutor executor;
  private final Semaphore places;
  private final ImportRunner runner;
  private final Set<UUID> jobs = ConcurrentHashMap.newKeySet();

  ImportWorkers(ImportProperties properties, ImportRunner runner) {
    this.runner = runner;
    this.places = new Semaphore(properties.workers() + properties.queueCapacity());
    AtomicInteger threads = new AtomicInteger();
    this.executor =
        new ThreadPoolExecutor(
            properties.workers(),
            properties.workers(),
            0,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            task -> {
              Thread thread = new Thread(task, "import-worker-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * @throws ServiceBusyException when all workers are busy and the queue is full
   */
  void reserve() {
    if (!places.tryAcquire()) {
      throw new ServiceBusyException(
          "import-queue-full",
          "Too many imports are running or waiting. Try again later.",
          Duration.ofSeconds(30));
    }
  }

  /** Gives back a place reserved for an upload that will not run. */
  void release() {
    places.release();
  }

  /** Runs the job on a reserved place, which is given back when it ends. */
  void submit(UUID jobId, Runnable job) {
    jobs.add(jobId);
    try {
      executor.execute(new QueuedImport(jobId, job));
    } catch (RuntimeException e) {
      jobs.remove(jobId);
      throw e;
    }
  }

  /** The jobs queued or running here now. */
  Set<UUID> jobs() {
    return Set.copyOf(jobs);
  }

  /**
   * Imports still waiting are handed back (their leases given up, so that another replica, or this
   * one after its restart, runs them); running ones are interrupted, roll back and are handed back
   * too.
   */
  @Override
  public void destroy() throws InterruptedException {
    List<Runnable> waiting = executor.shutdownNow();
    for (Runnable task : waiting) {
      QueuedImport queued = (QueuedImport) task;
      jobs.remove(queued.jobId);
      runner.abandon(queued.jobId);
      places.release();
    }
    executor.awaitTermination(30, TimeUnit.SECONDS);
  }

  private final class QueuedImport implements Runnable {

    private final UUID jobId;
    private final Runnable job;

    QueuedImport(UUID jobId, Runnable job) {
      this.jobId = jobId;
      this.job = job;
    }

    @Override
    public void run() {
      try {
        job.run();
      } finally {
        jobs.remove(jobId);
        places.release();
      }
    }
  }
}
