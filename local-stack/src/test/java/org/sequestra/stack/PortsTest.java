package org.sequestra.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortsTest {

  @Test
  void picksDistinctFreePorts() {
    List<Integer> ports = Ports.free(6);
    assertEquals(6, new HashSet<>(ports).size());
    ports.forEach(port -> assertTrue(Ports.isFree(port)));
  }

  @Test
  void neverHandsOutAPortPickedBefore() {
    // the first ports' sockets are closed again: the system may offer them anew
    for (int round = 0; round < 20; round++) {
      List<Integer> first = Ports.free(20);
      List<Integer> more = Ports.free(20, first);
      assertEquals(20, new HashSet<>(more).size());
      more.forEach(port -> assertFalse(first.contains(port), "port " + port + " handed out twice"));
    }
  }

  @Test
  void aStackOfReplicasGetsDistinctPorts() {
    for (int round = 0; round < 20; round++) {
      StackConfig config = StackConfig.builder(Path.of(".")).freePorts().replicas(2).build();
      List<Integer> all = new ArrayList<>();
      all.add(config.postgresPort());
      all.add(config.keycloakPort());
      for (ServiceInstance instance : config.instances()) {
        all.add(config.port(instance));
        all.add(config.managementPort(instance));
      }
      assertEquals(2 + 4 * PlatformService.values().length, all.size());
      assertEquals(all.size(), new HashSet<>(all).size(), "ports " + all);
    }
  }

  @Test
  void seesAPortInUse() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      assertFalse(Ports.isFree(socket.getLocalPort()));
    }
  }
}
