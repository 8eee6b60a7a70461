package org.sequestra.freezing.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TargetPolicyTest {

  private final TargetPolicy policy = new TargetPolicy(Set.of("connector.internal"), Set.of());

  @Test
  void httpsIsAllowedAnywhere() {
    assertThat(policy.refusal("https://cases.nl-aro.example/hooks/sequestra?x=1")).isEmpty();
  }

  @Test
  void httpOnlyForHostsTheOperatorAllows() {
    assertThat(policy.refusal("http://connector.internal:8080/in")).isEmpty();
    assertThat(policy.refusal("http://cases.nl-aro.example/hooks")).contains("must use https");
    assertThat(policy.refusal("ftp://cases.nl-aro.example/hooks")).contains("must use https");
  }

  @Test
  void noCredentialsFragmentsRelativeOrBrokenUrls() {
    assertThat(policy.refusal("https://user:pw@cases.example/h")).isPresent();
    assertThat(policy.refusal("https://cases.example/h#x")).isPresent();
    assertThat(policy.refusal("/hooks")).isPresent();
    assertThat(policy.refusal("https://exa mple.org/")).isPresent();
    assertThat(policy.refusal("mailto:aro@example.org")).isPresent();
  }

  @Test
  void anAllowListLimitsTargetsToItsHosts() {
    TargetPolicy listed = new TargetPolicy(Set.of(), Set.of("EMPACT.example"));

    assertThat(listed.refusal("https://empact.example/in")).isEmpty();
    assertThat(listed.refusal("https://elsewhere.example/in")).isPresent();
  }
}
