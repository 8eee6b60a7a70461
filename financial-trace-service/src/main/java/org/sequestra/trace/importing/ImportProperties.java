package org.sequestra.trace.importing;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code sequestra.import.*}: how statement imports run.
 *
 * @param workers imports that run at the same time (each holds up to two database connections)
 * @param queueCapacity imports that may wait for a worker; beyond that an upload answers 503
 * @param workDir where uploaded files wait for their import (each is deleted afterwards); needs
 *     room for {@code workers + queueCapacity} files of up to {@code
 *     sequestra.web.max-upload-size}. Default: {@code sequestra-imports} in the system's temporary
 *     directory
 * @param progressInterval how often a running import writes its progress
 */
@ConfigurationProperties("sequestra.import")
record ImportProperties(
    @DefaultValue("2") int workers,
    @DefaultValue("8") int queueCapacity,
    Path workDir,
    @DefaultValue("1s") Duration progressInterval,
    @DefaultValue("512MB") DataSize indexBuildMemory) {

  ImportProperties {
    if (workers < 1 || queueCapacity < 0) {
      throw new IllegalArgumentException(
          "sequestra.import needs workers >= 1 and queue-capacity >= 0");
    }
    if (indexBuildMemory.toMegabytes() < 1 || indexBuildMemory.toMegabytes() > 2048) {
      throw new IllegalArgumentException(
          "sequestra.import.index-build-memory must be between 1MB and 2GB (PostgreSQL's bounds)");
    }
    workDir =
        workDir == null
            ? Path.of(System.getProperty("java.io.tmpdir"), "sequestra-imports")
            : workDir;
  }
}
