package org.sequestra.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

class RequestSizeLimitFilterTest {

  private final RequestSizeLimitFilter filter =
      new RequestSizeLimitFilter(
          DataSize.ofBytes(100),
          List.of("/api/v1/datasets/*/imports"),
          DataSize.ofBytes(1000),
          new ProblemWriter(JsonMapper.builder().build()));

  @Test
  void aDeclaredBodyAboveTheLimitIs413BeforeAnythingReadsIt() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    AtomicReference<Boolean> passed = new AtomicReference<>(false);

    filter.doFilter(post("/api/v1/cases", 101), response, (req, res) -> passed.set(true));

    assertThat(passed.get()).isFalse();
    assertThat(response.getStatus()).isEqualTo(413);
    assertThat(response.getContentType()).isEqualTo("application/problem+json");
    assertThat(response.getContentAsString()).contains("urn:sequestra:problem:payload-too-large");
  }

  @Test
  void uploadPathsHaveTheirOwnLimit() throws Exception {
    AtomicReference<Boolean> passed = new AtomicReference<>(false);
    filter.doFilter(
        post("/api/v1/datasets/42/imports", 1000),
        new MockHttpServletResponse(),
        (req, res) -> passed.set(true));
    assertThat(passed.get()).isTrue();

    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(post("/api/v1/datasets/42/imports", 1001), response, (req, res) -> {});
    assertThat(response.getStatus()).isEqualTo(413);
    // Only that path: its neighbours keep the small limit.
    response = new MockHttpServletResponse();
    filter.doFilter(post("/api/v1/datasets/42/imports/7", 101), response, (req, res) -> {});
    assertThat(response.getStatus()).isEqualTo(413);
  }

  @Test
  void aBodyWithoutDeclaredLengthIsCutOffWhileItIsRead() throws Exception {
    FilterChain readAll = (req, res) -> req.getInputStream().readAllBytes();

    filter.doFilter(
        chunked("/api/v1/datasets/42/imports", 1000), new MockHttpServletResponse(), readAll);
    assertThatThrownBy(
            () ->
                filter.doFilter(
                    chunked("/api/v1/datasets/42/imports", 1001),
                    new MockHttpServletResponse(),
                    readAll))
        .isInstanceOf(PayloadTooLargeException.class);
    assertThatThrownBy(
            () ->
                filter.doFilter(
                    chunked("/api/v1/cases", 101), new MockHttpServletResponse(), readAll))
        .isInstanceOf(PayloadTooLargeException.class);
  }

  private static MockHttpServletRequest post(String path, int size) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
    request.setContent(new byte[size]);
    return request;
  }

  /** A body sent without Content-Length (chunked transfer encoding). */
  private static MockHttpServletRequest chunked(String path, int size) {
    MockHttpServletRequest request =
        new MockHttpServletRequest("POST", path) {
          @Override
          public long getContentLengthLong() {
            return -1;
          }

          @Override
          public int getContentLength() {
            return -1;
          }
        };
    request.setContent(new byte[size]);
    return request;
  }
}
