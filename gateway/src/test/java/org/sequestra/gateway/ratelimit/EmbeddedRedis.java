package org.sequestra.gateway.ratelimit;

import java.io.IOException;
import java.net.ServerSocket;
import redis.embedded.RedisServer;

/** A real Redis server (the binary bundled by embedded-redis) on a free port, nothing on disk. */
public final class EmbeddedRedis {

  private EmbeddedRedis() {}

  public static RedisServer start(int port) throws IOException {
    RedisServer server =
        RedisServer.newRedisServer()
            .port(port)
            .bind("127.0.0.1")
            .setting("save \"\"")
            .setting("appendonly no")
            .build();
    server.start();
    if (!server.isActive()) {
      throw new IOException("the embedded Redis server did not start on port " + port);
    }
    return server;
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
