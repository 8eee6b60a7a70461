package org.sequestra.stack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Tells whether a component answers: {@code http://} URIs must answer 200, {@code tcp://} ones
 * accept a connection.
 */
final class Probe {

  private static final Duration TIMEOUT = Duration.ofSeconds(2);
  // HTTP/1.1 only: an h2c upgrade attempt on every poll is pointless against these local servers.
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();

  private Probe() {}

  static boolean isUp(URI uri) {
    return "tcp".equals(uri.getScheme()) ? accepts(uri) : answersOk(uri);
  }

  private static boolean answersOk(URI uri) {
    try {
      HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build();
      return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static boolean accepts(URI uri) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), (int) TIMEOUT.toMillis());
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
