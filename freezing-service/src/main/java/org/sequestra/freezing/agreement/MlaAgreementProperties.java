package org.sequestra.freezing.agreement;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The MLA agreement table, entered by the operator from the agreements' texts (none ships):
 *
 * <pre>
 * sequestra.freezing:
 *   mla-agreements:
 *     - id: NL-CO-EXAMPLE
 *       name: the agreement's title
 *       source: citation or URL of the text the entry was taken from
 *       countries: [NL, CO]        # the States party to it
 *       deadlines:
 *         recognition: P30D         # from receipt; PTnH hours, PnD days, PnW weeks
 *         execution: PT48H          # from the decision to recognise
 * </pre>
 */
@ConfigurationProperties("sequestra.freezing")
record MlaAgreementProperties(List<Entry> mlaAgreements) {

  MlaAgreementProperties {
    mlaAgreements = mlaAgreements == null ? List.of() : List.copyOf(mlaAgreements);
  }

  record Entry(
      String id, String name, String source, List<String> countries, Deadlines deadlines) {}

  /** ISO 8601 periods; either may be left out when the agreement sets none. */
  record Deadlines(String recognition, String execution) {}
}
