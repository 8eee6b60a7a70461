package org.sequestra.stack;

/**
 * One running copy of a service. With one replica per service an instance is named like its service
 * ({@code freezing-service}); with several, {@code freezing-service-1}, {@code -2}, … so that a
 * name never means two things: the service's name then stands for all of its instances.
 *
 * @param number 1 for the first instance
 */
public record ServiceInstance(PlatformService service, int number, int replicas) {

  public ServiceInstance {
    if (number < 1 || number > replicas) {
      throw new IllegalArgumentException("instance " + number + " of " + replicas);
    }
  }

  /** Log, ledger and command-line name. */
  public String name() {
    return replicas == 1 ? service.serviceName() : service.serviceName() + "-" + number;
  }

  /** Whether {@code name} names this instance, or its service (all of its instances). */
  boolean isNamedBy(String name) {
    return name.equals(name()) || name.equals(service.serviceName());
  }
}
