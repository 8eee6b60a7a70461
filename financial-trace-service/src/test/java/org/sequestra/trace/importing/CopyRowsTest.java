package org.sequestra.trace.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.test.TestDatabase;

/** Values written in the binary COPY format come back from PostgreSQL as they went in. */
class CopyRowsTest {

  @Test
  void amountsArriveExactlyWithTheirScale() throws Exception {
    List<BigDecimal> amounts = new ArrayList<>();
    for (String amount :
        List.of(
            "0",
            "0.00",
            "5",
            "50000",
            "100000.5",
            "12.34",
            "0.0001",
            "0.00010",
            "-7.5",
            "9999.9999",
            "10000",
            "123456789012345",
            "99999999999999.9",
            "1e-18",
            "0.000000000000000001",
            "1234567890123456789",
            "123456789012345678901.25",
            "1E+3",
            "-0.001")) {
      amounts.add(new BigDecimal(amount));
    }
    Random random = new Random(42);
    for (int i = 0; i < 2_000; i++) {
      amounts.add(BigDecimal.valueOf(random.nextLong() % 1_000_000_000_000L, random.nextInt(19)));
    }

    DataSource database = TestDatabase.dataSource("copy_rows");
    try (Connection connection = database.getConnection()) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.execute("create temp table amounts (seq bigint, amount numeric) on commit drop");
      }
      CopyPipe pipe = CopyPipe.start(connection, "copy amounts from stdin (format binary)", "copy");
      CopyRows rows = new CopyRows(pipe);
      for (int i = 0; i < amounts.size(); i++) {
        rows.row(2);
        rows.int8((long) i);
        rows.numeric(amounts.get(i));
      }
      rows.finish();
      pipe.finish();
      try (Statement statement = connection.createStatement();
          ResultSet row = statement.executeQuery("select amount from amounts order by seq")) {
        for (BigDecimal amount : amounts) {
          assertThat(row.next()).isTrue();
          BigDecimal stored = row.getBigDecimal(1);
          // numeric keeps no negative scale: 1E+3 is stored as 1000
          assertThat(stored).isEqualByComparingTo(amount);
          assertThat(stored.scale()).isEqualTo(Math.max(0, amount.scale()));
        }
      }
      connection.rollback();
    }
  }
}
