package org.sequestra.freezing.deadline;

/** No holiday calendar or time zone is known for a country code. */
public class UnknownCountryException extends IllegalArgumentException {

  private final String country;

  public UnknownCountryException(String country, String what) {
    super("no " + what + " known for country " + country);
    this.country = country;
  }

  public String country() {
    return country;
  }
}
