package org.sequestra.e2e.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An external system subscribed to the freezing-service's webhooks (the role the EMPACT platform or
 * a national case system plays): it answers 204 and keeps what it received, in order.
 */
public final class WebhookReceiver implements AutoCloseable {

  /** One delivery as it arrived. */
  public record Delivery(String webhookId, String signature, String body) {}

  private final HttpServer server;
  private final List<Delivery> received = new ArrayList<>();

  public WebhookReceiver() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/hooks",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          synchronized (received) {
            received.add(
                new Delivery(
                    exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"),
                    body));
          }
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    server.start();
  }

  public String url() {
    return "http://localhost:" + server.getAddress().getPort() + "/hooks";
  }

  public List<Delivery> received() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
