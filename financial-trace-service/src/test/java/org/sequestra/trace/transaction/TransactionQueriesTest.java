package org.sequestra.trace.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.test.TestDatabase;
import org.sequestra.platform.test.TestIssuers;
import org.sequestra.trace.tracing.Datasets;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** A page of transactions reads the dataset's own tables only, whatever other datasets hold. */
@SpringBootTest
@AutoConfigureMockMvc
class TransactionQueriesTest {

  private static final String ANALYST =
      TestIssuers.token("agency-nl").roles("ARO_ANALYST").bearer();

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry, "financial_trace");
    TestIssuers.register(registry);
  }

  @Test
  void aPageReadsOnlyTheDatasetsPartitions() throws Exception {
    Datasets datasets = new Datasets(mvc, ANALYST);
    UUID read = UUID.fromString(datasets.create());
    UUID other = UUID.fromString(datasets.create());
    datasets.importCsv(read.toString(), Datasets.REFERENCE_EXAMPLE);
    datasets.importCsv(other.toString(), Datasets.REFERENCE_EXAMPLE);

    String plan =
        String.join(
            "\n",
            jdbc.queryForList("explain " + TransactionQueries.PAGE, String.class, read, 50, 0L));

    assertThat(plan)
        .contains("transaction_" + hex(read))
        .contains("account_" + hex(read))
        .doesNotContain(hex(other))
        // the parent's plan names the partitions it reads: here no other dataset's
        .doesNotContainPattern("account_(?!" + hex(read) + ")[0-9a-f]{32}");
  }

  private static String hex(UUID dataset) {
    return dataset.toString().replace("-", "");
  }
}
