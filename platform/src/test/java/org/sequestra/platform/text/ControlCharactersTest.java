package org.sequestra.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ControlCharactersTest {

  @ParameterizedTest
  @ValueSource(chars = {'\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\u001B', '\u001F'})
  void c0ControlsAreForbidden(char c) {
    assertThat(ControlCharacters.isForbidden(c)).isTrue();
    assertThat(ControlCharacters.reason("ab" + c))
        .isEqualTo(
            "contains the control character %s at position 3 (only tab, line feed and carriage return are allowed)"
                .formatted(String.format("U+%04X", (int) c)));
  }

  @ParameterizedTest
  @ValueSource(chars = {'\t', '\n', '\r', ' ', '\u007F', '\u0085', '\u00A0', '\uFFFD'})
  void tabLineBreaksAndEverythingAboveTheC0BlockAreAllowed(char c) {
    assertThat(ControlCharacters.isForbidden(c)).isFalse();
    assertThat(ControlCharacters.reason("a" + c + "b")).isNull();
  }

  @Test
  void messagesShowControlsAsCodePoints() {
    assertThat(ControlCharacters.shown("NL\u0000X")).isEqualTo("NLU+0000X");
    assertThat(ControlCharacters.shown("plain")).isEqualTo("plain");
    assertThat(ControlCharacters.firstForbidden(null)).isEqualTo(-1);
  }
}
