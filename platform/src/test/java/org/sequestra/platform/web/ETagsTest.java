package org.sequestra.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ETagsTest {

  @Test
  void aVersionIsAStrongQuotedTag() {
    assertThat(ETags.of(7)).isEqualTo("\"7\"");
  }

  @Test
  void theCurrentVersionPasses() {
    assertThatCode(() -> ETags.requireMatch("\"7\"", 7)).doesNotThrowAnyException();
    assertThatCode(() -> ETags.requireMatch("\"6\", \"7\"", 7)).doesNotThrowAnyException();
    assertThatCode(() -> ETags.requireMatch("*", 7)).doesNotThrowAnyException();
  }

  @Test
  void aMissingHeaderIsPreconditionRequired() {
    assertThatThrownBy(() -> ETags.requireMatch(null, 7))
        .isInstanceOf(PreconditionRequiredException.class);
    assertThatThrownBy(() -> ETags.requireMatch("  ", 7))
        .isInstanceOf(PreconditionRequiredException.class);
  }

  @Test
  void anOlderVersionIsPreconditionFailedAndNamesTheCurrentOne() {
    assertThatThrownBy(() -> ETags.requireMatch("\"6\"", 7))
        .isInstanceOf(PreconditionFailedException.class)
        .hasMessageContaining("\"7\"");
  }

  @Test
  void aWeakTagNeverMatchesBecauseIfMatchComparesStrongly() {
    assertThatThrownBy(() -> ETags.requireMatch("W/\"7\"", 7))
        .isInstanceOf(PreconditionFailedException.class);
  }
}
