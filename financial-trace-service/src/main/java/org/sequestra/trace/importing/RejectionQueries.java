package org.sequestra.trace.importing;

import java.util.List;
import java.util.UUID;
import org.sequestra.platform.paging.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the rejected records of an import, in file order. */
@Repository
class RejectionQueries {

  private final JdbcClient jdbc;

  RejectionQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long count(UUID importId) {
    return jdbc.sql("select count(*) from import_rejection where import_id = ?")
        .param(importId)
        .query(Long.class)
        .single();
  }

  List<Rejection> page(UUID importId, int page, int size) {
    return jdbc.sql(
            "select line_number, field, reason from import_rejection where import_id = ?"
                + " order by seq limit ? offset ?")
        .params(importId, size, Paging.offset(page, size))
        .query(
            (row, n) ->
                new Rejection(
                    row.getLong("line_number"), row.getString("field"), row.getString("reason")))
        .list();
  }
}
