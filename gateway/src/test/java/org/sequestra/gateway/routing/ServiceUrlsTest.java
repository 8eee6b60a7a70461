package org.sequestra.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ServiceUrlsTest {

  @Test
  void oneUrlIsOneInstanceAndAListIsOnePerEntry() {
    assertThat(ServiceUrls.parse("freezing-url", "http://localhost:8083"))
        .containsExactly(URI.create("http://localhost:8083"));
    assertThat(ServiceUrls.parse("freezing-url", " http://a:8083/ , https://b ,http://c:9"))
        .containsExactly(
            URI.create("http://a:8083/"), URI.create("https://b"), URI.create("http://c:9"));
  }

  @Test
  void everyServiceHasTheIdItsRoutesName() {
    ServiceUrls urls = new ServiceUrls("http://r1,http://r2", "http://t", "http://f");
    assertThat(urls.instances())
        .containsOnlyKeys("asset-registry", "financial-trace", "freezing")
        .containsEntry(
            "asset-registry", java.util.List.of(URI.create("http://r1"), URI.create("http://r2")));
  }

  @Test
  void anythingButAListOfBaseUrlsIsRefusedWithTheProperty() {
    for (String wrong :
        new String[] {
          "",
          " ",
          "http://a,,http://b",
          "http://a,",
          "localhost:8081",
          "ftp://host",
          "http://host/api",
          "http://host?x=1",
          "http://user@host",
          "http://a,http://a",
          "http://bad host"
        }) {
      assertThatThrownBy(() -> ServiceUrls.parse("asset-registry-url", wrong))
          .as(wrong)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("sequestra.services.asset-registry-url");
    }
  }
}
