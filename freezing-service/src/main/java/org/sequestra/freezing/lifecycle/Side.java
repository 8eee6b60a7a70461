package org.sequestra.freezing.lifecycle;

/** The two sides of a request, and the role each side's acts need. */
public enum Side {
  ISSUING("ISSUING_AUTHORITY"),
  EXECUTING("EXECUTING_AUTHORITY");

  private final String role;

  Side(String role) {
    this.role = role;
  }

  /** The role a user of this side's agency needs to act. */
  public String role() {
    return role;
  }
}
