package org.sequestra.trace.importing;

import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * This process among the replicas of the service: the owner named in the leases of the imports it
 * queued or runs. New with every start, so that a restarted replica never mistakes the jobs of its
 * previous life for its own; the pod's host name leads it, so that an operator can tell replicas
 * apart.
 *
 * @param id at most 100 characters (the lease column)
 */
record ImportInstance(String id) {

  ImportInstance {
    Objects.requireNonNull(id, "id");
    if (id.isBlank() || id.length() > 100) {
      throw new IllegalArgumentException("an instance id has 1 to 100 characters");
    }
  }

  /** The host name (in Kubernetes, the pod's name) and a random suffix. */
  static ImportInstance random() {
    String host = System.getenv("HOSTNAME");
    if (host == null || host.isBlank()) {
      host = "instance";
    }
    if (host.length() > 80) {
      host = host.substring(0, 80);
    }
    byte[] suffix = new byte[6];
    ThreadLocalRandom.current().nextBytes(suffix);
    return new ImportInstance(host + "-" + HexFormat.of().formatHex(suffix));
  }
}
