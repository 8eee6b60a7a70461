package org.sequestra.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.json.JsonMapper;

/** Explicit nulls at the HTTP boundary: absent for properties, refused inside arrays. */
class StrictJsonNullsTest {

  /** Like a generated model: optional properties with the contract's defaults. */
  static class Options {
    private Integer maxHops = 6;
    private List<String> aliases = new ArrayList<>();
    private String note;

    public Integer getMaxHops() {
      return maxHops;
    }

    public void setMaxHops(Integer maxHops) {
      this.maxHops = maxHops;
    }

    public List<String> getAliases() {
      return aliases;
    }

    public void setAliases(List<String> aliases) {
      this.aliases = aliases;
    }

    public String getNote() {
      return note;
    }

    public void setNote(String note) {
      this.note = note;
    }
  }

  private final JsonMapper strict = StrictJson.strict(JsonMapper.builder().build());

  @Test
  void anExplicitNullKeepsTheDefaultAsIfAbsent() {
    Options options =
        strict.readValue("{\"maxHops\":null,\"aliases\":null,\"note\":null}", Options.class);
    assertThat(options.getMaxHops()).isEqualTo(6);
    assertThat(options.getAliases()).isEmpty();
    assertThat(options.getNote()).isNull();
  }

  @Test
  void aNullInsideAnArrayIsRefusedWithItsPlace() {
    assertThatThrownBy(() -> strict.readValue("{\"aliases\":[\"JP\",null]}", Options.class))
        .isInstanceOf(InvalidNullException.class)
        .hasMessageContaining("aliases");
  }
}
