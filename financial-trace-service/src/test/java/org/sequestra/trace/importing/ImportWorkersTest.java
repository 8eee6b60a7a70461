package org.sequestra.trace.importing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.web.ServiceBusyException;
import org.springframework.util.unit.DataSize;

class ImportWorkersTest {

  @Test
  void placesAreWorkersPlusQueueAndComeBackWhenGivenBack() throws Exception {
    ImportWorkers workers =
        new ImportWorkers(
            new ImportProperties(1, 1, null, Duration.ofSeconds(1), DataSize.ofMegabytes(512)),
            null);
    try {
      workers.reserve();
      workers.reserve();
      assertThatThrownBy(workers::reserve)
          .isInstanceOf(ServiceBusyException.class)
          .hasMessage("Too many imports are running or waiting. Try again later.");

      workers.release();
      assertThatCode(workers::reserve).doesNotThrowAnyException();
    } finally {
      workers.destroy();
    }
  }
}
