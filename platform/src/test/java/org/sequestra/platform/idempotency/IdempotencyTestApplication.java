package org.sequestra.platform.idempotency;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A service of one controller that counts how often its POSTs really run. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(IdempotencyTestApplication.Things.class)
class IdempotencyTestApplication {

  @RestController
  static class Things {
    final AtomicInteger created = new AtomicInteger();
    final AtomicInteger failures = new AtomicInteger();
    volatile CountDownLatch entered = new CountDownLatch(1);
    volatile CountDownLatch release = new CountDownLatch(0);

    @PostMapping("/things")
    ResponseEntity<Map<String, Object>> create(@RequestBody Map<String, Object> thing) {
      int number = created.incrementAndGet();
      return ResponseEntity.created(URI.create("/things/" + number))
          .header("ETag", "\"0\"")
          .body(Map.of("number", number, "name", thing.get("name")));
    }

    @PostMapping("/slow-things")
    ResponseEntity<Map<String, Object>> slow(@RequestBody Map<String, Object> thing)
        throws InterruptedException {
      entered.countDown();
      release.await(30, TimeUnit.SECONDS);
      return create(thing);
    }

    @PostMapping("/flaky-things")
    ResponseEntity<Map<String, Object>> flaky(@RequestBody Map<String, Object> thing) {
      if (failures.getAndIncrement() == 0) {
        return ResponseEntity.status(503).build();
      }
      return create(thing);
    }
  }
}
