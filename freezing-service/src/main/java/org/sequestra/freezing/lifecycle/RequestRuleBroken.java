package org.sequestra.freezing.lifecycle;

import java.util.List;
import org.sequestra.platform.web.Violation;

/** A well-formed request or act that the rules of the Regulation refuse as it stands (HTTP 422). */
public class RequestRuleBroken extends RuntimeException {

  private final String slug;
  private final List<Violation> violations;

  public RequestRuleBroken(String slug, String message, List<Violation> violations) {
    super(message);
    this.slug = slug;
    this.violations = List.copyOf(violations);
  }

  public String slug() {
    return slug;
  }

  public List<Violation> violations() {
    return violations;
  }
}
