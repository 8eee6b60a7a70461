package org.sequestra.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

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
    return free(count, Set.of());
  }

  /**
   * {@code count} distinct unused ports, none of them in {@code taken}: ports picked earlier (whose
   * sockets are closed by now) may come back from the system and must not be handed out twice.
   */
  public static List<Integer> free(int count, Collection<Integer> taken) {
    List<ServerSocket> sockets = new ArrayList<>();
    List<Integer> ports = new ArrayList<>();
    try {
      while (ports.size() < count) {
        ServerSocket socket = new ServerSocket(0);
        sockets.add(socket);
        if (!taken.contains(socket.getLocalPort())) {
          ports.add(socket.getLocalPort());
        }
      }
      return List.copyOf(ports);
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
