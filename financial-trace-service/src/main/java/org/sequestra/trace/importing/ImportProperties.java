package org.sequestra.trace.importing;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code sequestra.import.*}: how statement imports run.
 *
 * @param workers imports that run at the same time (each holds up to two database connections)
 * @param queueCapacity imports that may wait for a worker; beyond that an upload answers 503
 * @param workDir where uploaded files wait for their import (each is deleted afterwards); needs
 *     room for {@code workers + queueCapacity} files of up to {@code sequestra.web.max-upload-size}
 *     per replica. With several replicas it must be storage they all share (e.g. a ReadWriteMany
 *     volume): a replica that takes over the job of a dead one reads the upload from here. Default:
 *     {@code sequestra-imports} in the system's temporary directory
 * @param progressInterval how often a running import writes its progress
 * @param leaseDuration how long a job stays with its replica without a renewal; after that another
 *     replica's sweep may take it over (a running job only when its advisory lock is free)
 * @param leaseRenewInterval how often a replica renews the leases of the jobs it has queued or
 *     running; well below {@code leaseDuration}
 * @param sweepInterval how often each replica looks for jobs whose lease ran out (and once at
 *     start)
 * @param maxAttempts runs a job may start; a job taken over after that many is FAILED
 */
@ConfigurationProperties("sequestra.import")
record ImportProperties(
    @DefaultValue("2") int workers,
    @DefaultValue("8") int queueCapacity,
    Path workDir,
    @DefaultValue("1s") Duration progressInterval,
    @DefaultValue("512MB") DataSize indexBuildMemory,
    @DefaultValue("30s") Duration leaseDuration,
    @DefaultValue("10s") Duration leaseRenewInterval,
    @DefaultValue("15s") Duration sweepInterval,
    @DefaultValue("3") int maxAttempts) {

  // Bound through the canonical constructor; the shorter one is for code that builds its own.
  @ConstructorBinding
  ImportProperties {
    if (workers < 1 || queueCapacity < 0) {
      throw new IllegalArgumentException(
          "sequestra.import needs workers >= 1 and queue-capacity >= 0");
    }
    if (indexBuildMemory.toMegabytes() < 1 || indexBuildMemory.toMegabytes() > 2048) {
      throw new IllegalArgumentException(
          "sequestra.import.index-build-memory must be between 1MB and 2GB (PostgreSQL's bounds)");
    }
    if (leaseRenewInterval.isNegative()
        || leaseRenewInterval.isZero()
        || leaseRenewInterval.compareTo(leaseDuration) >= 0) {
      throw new IllegalArgumentException(
          "sequestra.import.lease-renew-interval must be above zero and below lease-duration");
    }
    if (sweepInterval.isNegative() || sweepInterval.isZero()) {
      throw new IllegalArgumentException("sequestra.import.sweep-interval must be above zero");
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("sequestra.import.max-attempts must be at least 1");
    }
    workDir =
        workDir == null
            ? Path.of(System.getProperty("java.io.tmpdir"), "sequestra-imports")
            : workDir;
  }

  /** With the default leases: 30 s, renewed every 10 s, swept every 15 s, 3 attempts. */
  ImportProperties(
      int workers,
      int queueCapacity,
      Path workDir,
      Duration progressInterval,
      DataSize indexBuildMemory) {
    this(
        workers,
        queueCapacity,
        workDir,
        progressInterval,
        indexBuildMemory,
        Duration.ofSeconds(30),
        Duration.ofSeconds(10),
        Duration.ofSeconds(15),
        3);
  }
}
