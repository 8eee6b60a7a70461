package org.sequestra.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Finds unused TCP ports and checks that configured ones are still free. */
public final class Ports {

  private Ports() {}

  /** One port that nothing listens on right now. */
  public static int free() {
    return free(1).getFirst();
  }

  /**
   * {@code count} distinct unused ports: all sockets stay open until every port is picked, so none
   * repeats.
   */
  public static List<Integer> free(int count) {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        sockets.add(new ServerSocket(0));
      }
      return sockets.stream().map(ServerSocket::getLocalPort).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not find a free port", e);
    } finally {
      sockets.forEach(Ports::closeQuietly);
    }
  }

  public static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      // As the servers themselves do: connections in TIME_WAIT from a previous run must not count
      // as "in use".
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static void closeQuietly(ServerSocket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // The port was only borrowed to learn its number.
    }
  }
}
