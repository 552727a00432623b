package dev.regintel.crawlers.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RedirectTests {

  private static final Set<String> LOCAL = Set.of("127.0.0.1");

  private final ManualTime time = new ManualTime();
  private final TestServer server = new TestServer(time);
  private final Fetcher fetcher =
      new Fetcher(FetchConfig.defaults(), new InMemoryValidatorStore(), time, time);

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  private void redirect(String from, String location, int status) {
    server.route(from, ex -> TestServer.respond(ex, status, "Location", location));
  }

  @Test
  void redirectWithinTheAllowedHostsIsFollowedAndTheFinalUrlKept() {
    redirect("/old", "/new", 301);
    server.text("/new", "text/plain", "moved here");

    FetchOutcome outcome = fetcher.fetch(server.uri("/old"), LOCAL);

    assertThat(outcome)
        .isInstanceOfSatisfying(
            FetchOutcome.Fetched.class,
            fetched -> {
              assertThat(fetched.url()).isEqualTo(server.uri("/old"));
              assertThat(fetched.resource().url()).isEqualTo(server.uri("/new"));
            });
  }

  @Test
  void redirectLoopIsAFailureAndNoUrlIsRequestedTwice() {
    redirect("/a", "/b", 302);
    redirect("/b", server.uri("/a").toString(), 302);

    FetchOutcome outcome = fetcher.fetch(server.uri("/a"), LOCAL);

    assertThat(outcome)
        .isInstanceOfSatisfying(
            FetchOutcome.Failed.class,
            failed -> {
              assertThat(failed.reason()).contains("redirect loop");
              assertThat(failed.status()).isEqualTo(302);
            });
    assertThat(server.requests("/a")).hasSize(1);
    assertThat(server.requests("/b")).hasSize(1);
  }

  @Test
  void moreRedirectsThanTheLimitIsAFailure() {
    for (int i = 0; i < 10; i++) {
      redirect("/r" + i, "/r" + (i + 1), 307);
    }

    FetchOutcome outcome = fetcher.fetch(server.uri("/r0"), LOCAL);

    assertThat(outcome)
        .isInstanceOfSatisfying(
            FetchOutcome.Failed.class,
            failed -> assertThat(failed.reason()).isEqualTo("more than 5 redirects"));
    // The first request and its five redirects; the sixth target is never asked for.
    assertThat(server.requests()).filteredOn(r -> r.path().matches("/r\\d+")).hasSize(6);
  }

  @Test
  void redirectToAHostOutsideTheAllowListIsRefusedAndNeverRequested() {
    try (TestServer elsewhere = new TestServer(time)) {
      URI offSite = URI.create("http://localhost:" + elsewhere.port() + "/landing");
      redirect("/go", offSite.toString(), 302);

      FetchOutcome outcome = fetcher.fetch(server.uri("/go"), LOCAL);

      assertThat(outcome)
          .isInstanceOfSatisfying(
              FetchOutcome.Failed.class,
              failed -> {
                assertThat(failed.reason()).contains("localhost", "outside the allowed hosts");
                assertThat(failed.status()).isEqualTo(302);
              });
      assertThat(elsewhere.requests()).isEmpty();
    }
  }

  @Test
  void urlOutsideTheAllowListIsRefusedWithoutAnyRequest() {
    FetchOutcome outcome = fetcher.fetch(server.uri("/page"), Set.of("csrc.nist.gov"));

    assertThat(outcome).isInstanceOf(FetchOutcome.Failed.class);
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void nonHttpUrlIsRefused() {
    FetchOutcome outcome = fetcher.fetch(URI.create("file:///etc/passwd"), LOCAL);

    assertThat(outcome)
        .isInstanceOfSatisfying(
            FetchOutcome.Failed.class,
            failed -> assertThat(failed.reason()).contains("not an http(s) URL"));
  }
}
