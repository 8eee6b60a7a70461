package org.sequestra.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
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
  void seesAPortInUse() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      assertFalse(Ports.isFree(socket.getLocalPort()));
    }
  }
}
