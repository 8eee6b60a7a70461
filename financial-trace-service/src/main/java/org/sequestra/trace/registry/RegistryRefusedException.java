package org.sequestra.trace.registry;

/** The registry answered 4xx: it refused the request, for the reason it gave. */
public class RegistryRefusedException extends RuntimeException {

  private final int status;

  RegistryRefusedException(int status, String reason) {
    super(reason);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
