package org.sequestra.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TextInputFilterTest {

  /** As Boot configures it: a problem's properties at the top level. */
  private final JsonMapper json =
      JsonMapper.builder().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();

  private final TextInputFilter filter = new TextInputFilter(new ProblemWriter(json));

  @Test
  void aControlCharacterInAQueryValueIs400NamingTheParameterBeforeAnythingRuns() throws Exception {
    JsonNode problem = refused(request("/api/v1/cases", "page=0&referencePrefix=NL%00X"));

    assertThat(problem.get("type").asString()).isEqualTo("urn:sequestra:problem:validation");
    assertThat(problem.at("/violations/0/field").asString()).isEqualTo("referencePrefix");
    assertThat(problem.at("/violations/0/reason").asString())
        .isEqualTo(
            "contains the control character U+0000 at position 3 (only tab, line feed and"
                + " carriage return are allowed)");
  }

  @Test
  void parameterNamesHeadersAndPathSegmentsAreCheckedToo() throws Exception {
    assertThat(refused(request("/x", "na%1Bme=1")).at("/violations/0/field").asString())
        .isEqualTo("naU+001Bme");
    MockHttpServletRequest header = request("/x", null);
    header.addHeader("Idempotency-Key", "a\u0001");
    assertThat(refused(header).at("/violations/0/field").asString()).isEqualTo("Idempotency-Key");
    assertThat(refused(request("/api/v1/cases/NL%0B1", null)).at("/violations/0/field").asString())
        .isEqualTo("path");
  }

  @Test
  void ordinaryTextAndMalformedEscapesPass() throws Exception {
    for (MockHttpServletRequest request :
        new MockHttpServletRequest[] {
          request("/api/v1/cases", "purpose=OM+Amsterdam%09tab%0Aline&q=%C3%A9"),
          request("/api/v1/cases/a%2Bb", "bad=%zz&empty&=x"),
        }) {
      AtomicBoolean passed = new AtomicBoolean();
      MockHttpServletResponse response = new MockHttpServletResponse();
      filter.doFilter(request, response, (req, res) -> passed.set(true));
      assertThat(passed).isTrue();
      assertThat(response.getStatus()).isEqualTo(200);
    }
  }

  private JsonNode refused(MockHttpServletRequest request) throws Exception {
    AtomicBoolean passed = new AtomicBoolean();
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, (req, res) -> passed.set(true));
    assertThat(passed).as("the request went on").isFalse();
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentType()).isEqualTo("application/problem+json");
    return json.readTree(response.getContentAsString());
  }

  private static MockHttpServletRequest request(String uri, String query) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
    request.setQueryString(query);
    return request;
  }
}
