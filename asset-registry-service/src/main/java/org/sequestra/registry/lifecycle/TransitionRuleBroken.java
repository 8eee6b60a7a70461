package org.sequestra.registry.lifecycle;

import java.util.List;

/**
 * The transition is allowed from the current status but the command breaks a rule: something
 * required is missing or the law blocks it now (API: 422 naming the fields at fault).
 */
public class TransitionRuleBroken extends RuntimeException {

  private final String slug;
  private final List<String> fields;

  TransitionRuleBroken(String slug, String reason, List<String> fields) {
    super(reason);
    this.slug = slug;
    this.fields = List.copyOf(fields);
  }

  /** A stable machine-readable name of the rule, e.g. {@code victim-proceedings-pending}. */
  public String slug() {
    return slug;
  }

  /** A precise human reason, meant to go verbatim into the API's error. */
  public String reason() {
    return getMessage();
  }

  /** The command fields at fault, in declaration order; empty when no field is at fault. */
  public List<String> fields() {
    return fields;
  }
}
