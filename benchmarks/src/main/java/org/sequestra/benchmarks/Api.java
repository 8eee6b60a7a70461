package org.sequestra.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A service's JSON API as the benchmarks call it: HTTP/1.1 keep-alive on loopback, a bearer token
 * per call, the round trip timed. Thread-safe.
 */
final class Api {

  /** One answer and the client's round trip. */
  record Answer(int status, String body, String etag, long nanos) {
    Answer expect(int expected, String what) {
      if (status != expected) {
        throw new IllegalStateException(what + " answered " + status + ": " + body);
      }
      return this;
    }
  }

  private final String baseUrl;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  Api(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  Answer get(String path, String bearer) throws IOException, InterruptedException {
    return send(builder(path, bearer).GET());
  }

  Answer post(String path, String bearer, String ifMatch, String json)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        builder(path, bearer)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return send(request);
  }

  Answer put(String path, String bearer, String json) throws IOException, InterruptedException {
    return send(
        builder(path, bearer)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  private HttpRequest.Builder builder(String path, String bearer) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path))
        .header("Authorization", bearer)
        .header("Accept", "application/json")
        .timeout(Duration.ofSeconds(60));
  }

  private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
    long start = System.nanoTime();
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    long nanos = System.nanoTime() - start;
    return new Answer(
        response.statusCode(),
        response.body(),
        response.headers().firstValue("ETag").orElse(null),
        nanos);
  }
}
