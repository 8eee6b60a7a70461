package org.sequestra.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BannerTest {

  @Test
  void namesTheConsolesUrlAndHowToLogIn() {
    assertEquals("http://localhost:8080/console/", Banner.consoleUrl("http://localhost:8080"));
    String hint = Banner.consoleLogIn("http://localhost:9080");
    assertTrue(hint.contains("http://localhost:9080/console/"), hint);
    assertTrue(hint.contains("agency-nl, agency-es, agency-co"), hint);
    assertTrue(hint.contains("nl-prosecutor / demo"), hint);
  }
}
