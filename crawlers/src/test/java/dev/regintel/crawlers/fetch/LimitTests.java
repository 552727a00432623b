package dev.regintel.crawlers.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LimitTests {

  private static final long FIFTY_MB = 50L * 1024 * 1024;

  private final ManualTime time = new ManualTime();
  private final TestServer server = new TestServer(time);

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void fiftyMegabyteBodyIsAbortedAtTheLimitWithoutBeingReadWhole() throws Exception {
    AtomicLong written = new AtomicLong();
    CountDownLatch serverDone = new CountDownLatch(1);
    server.route(
        "/big",
        ex -> {
          // Chunked, so the client cannot refuse on Content-Length and must count while reading.
          ex.sendResponseHeaders(200, 0);
          byte[] chunk = new byte[64 * 1024];
          try (OutputStream out = ex.getResponseBody()) {
            while (written.get() < FIFTY_MB) {
              out.write(chunk);
              written.addAndGet(chunk.length);
            }
          } catch (IOException clientWentAway) {
            // Expected: the fetcher drops the connection at the limit.
          } finally {
            serverDone.countDown();
          }
        });

    try (Fetcher fetcher =
        new Fetcher(FetchConfig.defaults(), new InMemoryValidatorStore(), time, time)) {
      FetchOutcome outcome = fetcher.fetch(server.uri("/big"), Set.of("127.0.0.1"));

      assertThat(outcome)
          .isInstanceOfSatisfying(
              FetchOutcome.Failed.class,
              failed -> {
                assertThat(failed.reason())
                    .contains("exceeds " + FetchConfig.DEFAULT_MAX_BODY_BYTES);
                assertThat(failed.status()).isEqualTo(200);
              });
    }
    assertThat(serverDone.await(10, TimeUnit.SECONDS)).isTrue();
    // The limit plus what socket buffers held: nowhere near the 50 MB offered.
    assertThat(written.get()).isLessThan(FetchConfig.DEFAULT_MAX_BODY_BYTES + 8L * 1024 * 1024);
  }

  @Test
  void declaredContentLengthOverTheLimitIsRefusedBeforeTheBodyIsRead() throws Exception {
    server.route(
        "/big",
        ex -> {
          ex.sendResponseHeaders(200, FIFTY_MB);
          try (OutputStream out = ex.getResponseBody()) {
            // Flushed, or the server would hold the headers back with the first bytes.
            out.write(new byte[1024]);
            out.flush();
          } catch (IOException clientWentAway) {
            // Expected: the body is never completed, and the fetcher does not wait for it.
          }
        });

    try (Fetcher fetcher =
        new Fetcher(FetchConfig.defaults(), new InMemoryValidatorStore(), time, time)) {
      FetchOutcome outcome = fetcher.fetch(server.uri("/big"), Set.of("127.0.0.1"));

      assertThat(outcome)
          .isInstanceOfSatisfying(
              FetchOutcome.Failed.class,
              failed -> assertThat(failed.reason()).contains("declared Content-Length exceeds"));
    }
  }

  @Test
  void bodyExactlyAtTheLimitIsAcceptedAndOneByteMoreIsNot() {
    server.route("/fits", ex -> TestServer.respond(ex, 200, new byte[1000]));
    server.route("/over", ex -> TestServer.respond(ex, 200, new byte[1001]));
    FetchConfig config = FetchConfig.defaults().withLimits(1000, 5);

    try (Fetcher fetcher = new Fetcher(config, new InMemoryValidatorStore(), time, time)) {
      assertThat(fetcher.fetch(server.uri("/fits"), Set.of("127.0.0.1")))
          .isInstanceOf(FetchOutcome.Fetched.class);
      assertThat(fetcher.fetch(server.uri("/over"), Set.of("127.0.0.1")))
          .isInstanceOf(FetchOutcome.Failed.class);
    }
  }

  @Test
  void fetchedResourceCarriesFinalUrlContentTypeTimeAndSha256() throws Exception {
    byte[] body = "hello".getBytes(StandardCharsets.UTF_8);
    String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    server.route("/doc", ex -> TestServer.respond(ex, 200, body, "Content-Type", "text/plain"));

    try (Fetcher fetcher =
        new Fetcher(FetchConfig.defaults(), new InMemoryValidatorStore(), time, time)) {
      FetchOutcome outcome = fetcher.fetch(server.uri("/doc"), Set.of("127.0.0.1"));

      assertThat(outcome)
          .isInstanceOfSatisfying(
              FetchOutcome.Fetched.class,
              fetched -> {
                assertThat(fetched.resource().url()).isEqualTo(server.uri("/doc"));
                assertThat(fetched.resource().contentType()).isEqualTo("text/plain");
                assertThat(fetched.resource().body()).isEqualTo(body);
                assertThat(fetched.resource().retrieved()).isEqualTo(time.instant());
                assertThat(fetched.resource().sha256()).isEqualTo(sha256);
              });
    }
  }
}
