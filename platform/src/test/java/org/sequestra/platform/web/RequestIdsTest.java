package org.sequestra.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestIdsTest {

  @Test
  void keepsAShortPlainId() {
    assertThat(RequestIds.acceptOrCreate("aro-nl.42:7_x")).isEqualTo("aro-nl.42:7_x");
    assertThat(RequestIds.acceptOrCreate("a".repeat(64))).isEqualTo("a".repeat(64));
  }

  @Test
  void replacesMissingLongOrUnsafeIds() {
    for (String offered :
        new String[] {null, "", "a".repeat(65), "id with space", "id\nforged-log-line", "ä"}) {
      String id = RequestIds.acceptOrCreate(offered);
      assertThat(id).isNotEqualTo(offered).matches("[0-9a-f-]{36}");
    }
  }
}
