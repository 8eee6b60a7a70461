package org.sequestra.freezing.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatisticsCsvTest {

  @Test
  void quotesFieldsAsRfc4180Says() {
    assertThat(StatisticsCsv.quoted("NL")).isEqualTo("NL");
    assertThat(StatisticsCsv.quoted("a,b")).isEqualTo("\"a,b\"");
    assertThat(StatisticsCsv.quoted("say \"x\"")).isEqualTo("\"say \"\"x\"\"\"");
    assertThat(StatisticsCsv.quoted("a\r\nb")).isEqualTo("\"a\r\nb\"");
  }
}
