package org.sequestra.trace.importing;

import java.io.IOException;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportProperties.class)
class ImportConfiguration {

  private static final Logger log = LoggerFactory.getLogger(ImportConfiguration.class);

  @Bean
  ImportWorkers importWorkers(ImportProperties properties, ImportRunner runner) throws IOException {
    Files.createDirectories(properties.workDir());
    return new ImportWorkers(properties, runner);
  }

  /** The owner this process names in the leases of its imports; new with every start. */
  @Bean
  ImportInstance importInstance(ImportProperties properties) {
    ImportInstance instance = ImportInstance.random();
    log.info(
        "Imports of this replica are leased as {} (lease {}, renewed every {}; sweep every {})",
        instance.id(),
        properties.leaseDuration(),
        properties.leaseRenewInterval(),
        properties.sweepInterval());
    return instance;
  }
}
