package org.sequestra.freezing.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResponseExcerptTest {

  @Test
  void keepsTheFirstCharactersWithoutControlCharacters() {
    assertThat(ResponseExcerpt.of("bad\r\nFAKE LOG LINE\u001b[31m"))
        .isEqualTo("bad  FAKE LOG LINE [31m");
    assertThat(ResponseExcerpt.of("x".repeat(5000))).hasSize(ResponseExcerpt.MAX_CHARS);
    assertThat(ResponseExcerpt.of("  ")).isNull();
  }
}
