package org.sequestra.trace.importing;

import java.io.IOException;
import java.nio.file.Files;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportProperties.class)
class ImportConfiguration {

  @Bean
  ImportWorkers importWorkers(ImportProperties properties, ImportRunner runner) throws IOException {
    Files.createDirectories(properties.workDir());
    return new ImportWorkers(properties, runner);
  }
}
