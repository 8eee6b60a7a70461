package org.sequestra.trace.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.sequestra.platform.context.RequestContext;
import org.sequestra.trace.importing.statement.StatementFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Service;

/**
 * Takes an upload: stores the body on disk as it arrives, records the job with this replica's lease
 * on it, queues it.
 */
@Service
class ImportService {

  private static final Logger log = LoggerFactory.getLogger(ImportService.class);

  private final ImportJobRepository jobs;
  private final ImportWorkers workers;
  private final ImportRunner runner;
  private final ImportProperties properties;
  private final Clock clock;

  ImportService(
      ImportJobRepository jobs,
      ImportWorkers workers,
      ImportRunner runner,
      ImportProperties properties,
      Clock clock) {
    this.jobs = jobs;
    this.workers = workers;
    this.runner = runner;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * The caller's access to the dataset must have been checked. The job row is committed before the
   * job is queued, so the worker always finds it.
   */
  ImportJob start(UUID datasetId, StatementFormat format, ImportOptions options, InputStream body) {
    workers.reserve();
    UUID jobId = UUID.randomUUID();
    Path file = properties.workDir().resolve(jobId + ".upload");
    boolean queued = false;
    try {
      long size = Files.copy(body, file);
      ImportJob job =
          jobs.save(
              new ImportJob(
                  jobId,
                  datasetId,
                  format,
                  options,
                  size,
                  RequestContext.currentCaller().subject(),
                  clock.instant(),
                  runner.instance(),
                  // renewed in database time from then on (ImportLeaseSchedule)
                  clock.instant().plus(properties.leaseDuration())));
      // The worker logs under the request id of the upload.
      Map<String, String> context = MDC.getCopyOfContextMap();
      workers.submit(
          jobId,
          () -> {
            if (context != null) {
              MDC.setContextMap(context);
            }
            try {
              runner.run(jobId, datasetId, format, options, file);
            } finally {
              MDC.clear();
            }
          });
      queued = true;
      log.info("Import {} of {} into dataset {} queued: {} bytes", jobId, format, datasetId, size);
      return job;
    } catch (IOException e) {
      throw new UncheckedIOException("could not store the uploaded file", e);
    } finally {
      if (!queued) {
        workers.release();
        deleteQuietly(file);
      }
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // a leftover in the work directory, nothing worse
    }
  }
}
