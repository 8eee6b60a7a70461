package org.sequestra.freezing.memberstate;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Member States not bound by Regulation (EU) 2018/1805, with the source of that list (the
 * Member States themselves come from CLDR through ICU4J):
 *
 * <pre>
 * sequestra.freezing.member-states:
 *   not-bound: [DK, IE]
 *   not-bound-source: Regulation (EU) 2018/1805, recitals (56) and (57)
 * </pre>
 */
@ConfigurationProperties("sequestra.freezing.member-states")
record MemberStateProperties(List<String> notBound, String notBoundSource) {

  MemberStateProperties {
    notBound = notBound == null ? List.of() : List.copyOf(notBound);
  }
}
