package org.sequestra.trace.importing;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
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
 * receiving it rather than after.
 */
final class ImportWorkers implements DisposableBean {

  private final ThreadPoolExecutor executor;
  private final Semaphore places;
  private final ImportRunner runner;

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
    executor.execute(new QueuedImport(jobId, job));
  }

  /** Imports still waiting are marked FAILED; running ones are interrupted (and roll back). */
  @Override
  public void destroy() throws InterruptedException {
    List<Runnable> waiting = executor.shutdownNow();
    for (Runnable task : waiting) {
      QueuedImport queued = (QueuedImport) task;
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
        places.release();
      }
    }
  }
}
