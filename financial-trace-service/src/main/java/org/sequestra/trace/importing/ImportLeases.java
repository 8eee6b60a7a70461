package org.sequestra.trace.importing;

import java.time.Duration;
import java.util.Collection;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The leases of the import jobs this replica holds. A lease runs in database time, so that the
 * replicas' clocks need not agree: a job whose lease ran out is free for any replica's sweep
 * ({@link ImportRecovery}), a running one only when no live worker holds its lock ({@link
 * ImportLocks}).
 */
final class ImportLeases {

  /** The jobs not yet ended whose lease ran out, or that no replica ever held. */
  static final String EXPIRED =
      "state in ('QUEUED', 'RUNNING') and (lease_owner is null or lease_until < now())";

  private final JdbcClient jdbc;
  private final ImportInstance instance;
  private final Duration duration;

  ImportLeases(DataSource dataSource, ImportInstance instance, Duration duration) {
    this.jdbc = JdbcClient.create(dataSource);
    this.instance = instance;
    this.duration = duration;
  }

  ImportInstance instance() {
    return instance;
  }

  Duration duration() {
    return duration;
  }

  /**
   * Extends the leases of these jobs, as far as this replica still holds them.
   *
   * @return the leases renewed
   */
  int renew(Collection<UUID> jobs) {
    if (jobs.isEmpty()) {
      return 0;
    }
    return jdbc.sql(
            "update import_job set lease_until = now() + :millis * interval '1 millisecond'"
                + " where lease_owner = :owner and state in ('QUEUED', 'RUNNING') and id in (:ids)")
        .param("millis", duration.toMillis())
        .param("owner", instance.id())
        .param("ids", jobs)
        .update();
  }

  /**
   * Gives up this replica's lease on a job that has not ended (the replica stops, or has no room
   * for it), so that the next sweep of any replica takes it over without waiting for the lease to
   * run out.
   *
   * @param uncount whether the job's last attempt is not counted: it was stopped with its replica,
   *     through no fault of its file
   */
  void release(UUID job, boolean uncount) {
    jdbc.sql(
            "update import_job set lease_owner = null, lease_until = null,"
                + " attempts = case when ? then greatest(attempts - 1, 0) else attempts end"
                + " where id = ? and lease_owner = ? and state in ('QUEUED', 'RUNNING')")
        .params(uncount, job, instance.id())
        .update();
  }
}
