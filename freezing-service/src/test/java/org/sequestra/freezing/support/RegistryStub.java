package org.sequestra.freezing.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * The asset registry as every test context of this module sees it unless its test brings its own:
 * one WireMock server for the whole test run, which shows any asset id as a bank account of the
 * issuing case the test certificates use ({@link Certificates#CASE}), IDENTIFIED, so that requests
 * issue as they would against a registry holding the case. Tests that need other answers register
 * their own stubs for their own asset ids ({@link #server()}, priority 1 beats this default).
 * Registered for every context by {@code META-INF/spring.factories}; the port reaches the service
 * as {@code sequestra.test.registry-stub-port} (test {@code config/application.yaml}).
 */
public final class RegistryStub {

  /** The IBAN the default asset carries (Spain's example IBAN of the test certificates). */
  public static final String IBAN = "ES9121000418450200051332";

  private static final int DEFAULT_PRIORITY = 10;

  private static WireMockServer server;

  private RegistryStub() {}

  /** The running stand-in registry, started on first use. */
  public static synchronized WireMockServer server() {
    if (server == null) {
      // HTTP/1.1 only: the JDK client's h2c upgrade makes WireMock drop requests (STACK.md)
      server = new WireMockServer(wireMockConfig().dynamicPort().http2PlainDisabled(true));
      server.start();
      server.stubFor(
          get(urlPathMatching("/api/v1/assets/[^/]+"))
              .atPriority(DEFAULT_PRIORITY)
              .willReturn(
                  aResponse()
                      .withStatus(200)
                      .withHeader("Content-Type", "application/json")
                      .withBody(asset("{{request.pathSegments.[3]}}", "IDENTIFIED"))
                      .withTransformers("response-template")));
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    }
    return server;
  }

  /** An asset of the test certificates' case as the registry's contract shows it. */
  public static String asset(String assetId, String status) {
    return """
        {"id": "%s", "caseId": "%s", "type": "BANK_ACCOUNT", "status": "%s",
         "description": "Current account of the suspect at Banco Ejemplo",
         "locationCountry": "ES", "identifiers": {"iban": "%s", "bic": "CAIXESBBXXX"},
         "currentValuation": {"id": "5d1c8f2e-0a4b-4c6d-8e9f-1a2b3c4d5e6f",
           "estimatedValue": {"amount": "120000.00", "currency": "EUR"},
           "valuationDate": "2026-11-30", "eurEquivalent": {"status": "ALREADY_EUR"},
           "recordedAt": "2026-11-30T09:00:00Z"},
         "warnings": [], "createdAt": "2026-11-02T10:00:00Z"}
        """
        .formatted(assetId, Certificates.CASE, status, IBAN);
  }

  /** Gives every test context the stand-in's port. */
  public static final class Factory implements ContextCustomizerFactory {
    @Override
    public ContextCustomizer createContextCustomizer(
        Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
      return new PortCustomizer();
    }
  }

  private static final class PortCustomizer implements ContextCustomizer {
    @Override
    public void customizeContext(
        ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
      context
          .getEnvironment()
          .getPropertySources()
          .addLast(
              new MapPropertySource(
                  "registry-stub", Map.of("sequestra.test.registry-stub-port", server().port())));
    }

    // one customizer for every context: it must not split the context cache
    @Override
    public boolean equals(Object other) {
      return other instanceof PortCustomizer;
    }

    @Override
    public int hashCode() {
      return PortCustomizer.class.hashCode();
    }
  }
}
