package dev.regintel.app.security;

import static dev.regintel.app.security.Http.bearer;
import static dev.regintel.app.security.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.RegintelApplication;
import dev.regintel.app.support.TestNeo4j;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The settings that the shared test context leaves at their defaults: reads that need a key, small
 * rate limits and an allowed CORS origin. A second Spring context, because these are read once at
 * start; it uses a data directory of its own (for its search index) and loads no seed data. Each
 * test sends from a loopback address of its own, so their rate limits do not mix.
 */
@SpringBootTest(
    classes = RegintelApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "regintel.data-dir=target/configured-security-it",
      "regintel.seed.autoload=false",
      "regintel.security.reads-need-key=true",
      "regintel.security.rate-limit.per-address=3",
      "regintel.security.rate-limit.per-key=4",
      "regintel.security.rate-limit.period=1h",
      "regintel.security.cors.allowed-origins=https://app.example",
      "logging.level.org.neo4j=WARN"
    })
class ConfiguredSecurityIT {

  static final String QUERY = "{ jurisdictions { code } }";

  @LocalServerPort int port;
  @Autowired ApiKeys keys;

  @DynamicPropertySource
  static void neo4j(DynamicPropertyRegistry registry) {
    registry.add("regintel.neo4j.uri", TestNeo4j::boltUri);
  }

  @Test
  void readsNeedAKeyWhenConfiguredAndHealthStaysOpen() {
    Http http = new Http(port, "127.0.0.11");
    HttpResponse<String> anonymous = http.graphql(QUERY);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(json(anonymous).at("/errors/0/extensions/code").asString())
        .isEqualTo("UNAUTHENTICATED");
    assertThat(json(anonymous).at("/errors/0/message").asString()).contains("reads-need-key");
    assertThat(http.send("GET", "/graphiql").statusCode()).isEqualTo(401);
    assertThat(http.send("GET", "/actuator/health").statusCode()).isEqualTo(200);

    String reader = keys.create(Role.READER, "reader").key();
    HttpResponse<String> keyed = http.graphql(QUERY, "Authorization", bearer(reader));
    assertThat(keyed.statusCode()).isEqualTo(200);
    assertThat(json(keyed).has("errors")).as(keyed.body()).isFalse();
  }

  @Test
  void pastTheAddressLimitRequestsAreAnswered429WithRetryAfter() {
    Http http = new Http(port, "127.0.0.12");
    for (int i = 0; i < 3; i++) {
      assertThat(http.graphql(QUERY).statusCode()).isEqualTo(401);
    }
    HttpResponse<String> limited = http.graphql(QUERY);
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValueAsLong("Retry-After").orElseThrow())
        .isBetween(1L, 3600L);
    assertThat(json(limited).at("/errors/0/extensions/code").asString()).isEqualTo("RATE_LIMITED");
    assertThat(json(limited).at("/errors/0/message").asString()).contains("address 127.0.0.12");
    assertThat(new Http(port, "127.0.0.13").graphql(QUERY).statusCode()).isEqualTo(401);
    assertThat(http.send("GET", "/actuator/health").statusCode()).isEqualTo(200);
  }

  @Test
  void pastTheKeyLimitRequestsAreAnswered429WhereverTheyComeFrom() {
    String key = keys.create(Role.READER, "busy").key();
    for (int i = 0; i < 4; i++) {
      Http from = new Http(port, "127.0.0." + (20 + i));
      assertThat(from.graphql(QUERY, "Authorization", bearer(key)).statusCode()).isEqualTo(200);
    }
    HttpResponse<String> limited = new Http(port, "127.0.0.30").graphql(QUERY, "X-API-Key", key);
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).isPresent();
    String other = keys.create(Role.READER, "quiet").key();
    assertThat(
            new Http(port, "127.0.0.30")
                .graphql(QUERY, "Authorization", bearer(other))
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void feedsNeedAKeyWhenReadsDoAndCountAgainstTheRateLimit() {
    Http http = new Http(port, "127.0.0.40");
    assertThat(http.send("GET", "/feeds/changes.atom").statusCode()).isEqualTo(401);
    assertThat(http.send("GET", "/feeds/open-for-comment.atom").statusCode()).isEqualTo(401);
    assertThat(http.send("GET", "/feeds/deadlines.ics").statusCode()).isEqualTo(401);
    assertThat(http.send("GET", "/feeds/deadlines.ics").statusCode()).isEqualTo(429);
    String reader = keys.create(Role.READER, "feed reader").key();
    HttpResponse<String> keyed =
        new Http(port, "127.0.0.41")
            .send("GET", "/feeds/deadlines.ics", "Authorization", bearer(reader));
    assertThat(keyed.statusCode()).as(keyed.body()).isEqualTo(200);
    assertThat(keyed.body()).startsWith("BEGIN:VCALENDAR");
  }

  @Test
  void coverageExportsNeedAKeyWhenReadsDoAndCountAgainstTheRateLimit() {
    Http http = new Http(port, "127.0.0.50");
    String export = "/exports/coverage?device=dev:x&markets=EU&format=csv";
    for (int i = 0; i < 3; i++) {
      assertThat(http.send("GET", export).statusCode()).isEqualTo(401);
    }
    assertThat(http.send("GET", export).statusCode()).isEqualTo(429);
    String reader = keys.create(Role.READER, "coverage exporter").key();
    // With a key the request reaches the export, which judges its parameters.
    HttpResponse<String> keyed =
        new Http(port, "127.0.0.51")
            .send("GET", export.replace("csv", "pdf"), "Authorization", bearer(reader));
    assertThat(keyed.statusCode()).as(keyed.body()).isEqualTo(400);
    assertThat(json(keyed).at("/errors/0/message").asString()).contains("format must be");
  }

  @Test
  void aPreflightFromAnAllowedOriginIsAnsweredAndOthersAreNot() {
    Http http = new Http(port, "127.0.0.40");
    HttpResponse<String> allowed =
        http.send(
            "OPTIONS",
            "/graphql",
            "Origin",
            "https://app.example",
            "Access-Control-Request-Method",
            "POST",
            "Access-Control-Request-Headers",
            "authorization, content-type");
    assertThat(allowed.statusCode()).isEqualTo(200);
    assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin"))
        .contains("https://app.example");
    assertThat(allowed.headers().firstValue("Access-Control-Allow-Methods").orElseThrow())
        .contains("POST");
    assertThat(allowed.headers().firstValue("Access-Control-Allow-Headers").orElseThrow())
        .containsIgnoringCase("authorization");

    HttpResponse<String> other =
        http.send(
            "OPTIONS",
            "/graphql",
            "Origin",
            "https://evil.example",
            "Access-Control-Request-Method",
            "POST");
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }
}
