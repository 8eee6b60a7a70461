package org.sequestra.registry;

import org.sequestra.platform.test.TestDatabase;
import org.sequestra.platform.test.TestIssuers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Full service against real PostgreSQL (embedded) and real JWKS over HTTP; requests go through the
 * whole filter chain, so security, validation and problem details are exercised as deployed.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class RegistryIntegrationTest {

  @Autowired protected MockMvc mvc;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry, "asset_registry");
    TestIssuers.register(registry);
  }
}
