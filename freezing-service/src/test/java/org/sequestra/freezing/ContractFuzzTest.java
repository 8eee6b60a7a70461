package org.sequestra.freezing;

import org.junit.jupiter.api.Test;
import org.sequestra.platform.test.TestDatabase;
import org.sequestra.platform.test.TestIssuers;
import org.sequestra.platform.test.fuzz.ContractFuzzer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Every operation of openapi/freezing.yaml survives schema-violating input with a 4xx problem. */
@SpringBootTest
@AutoConfigureMockMvc
class ContractFuzzTest {

  @Autowired MockMvc mvc;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry, "freezing");
    TestIssuers.register(registry);
  }

  @Test
  void everyOperationAnswersSchemaViolationsWithAProblemAndNeverA5xx() {
    ContractFuzzer.contract("freezing.yaml").run(mvc).assertNoServerErrors();
  }
}
