package dev.regintel.app.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.support.AbstractAppIT;
import dev.regintel.app.support.TestNeo4j;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** The changeEvents subscription over Server-Sent Events. */
class ChangeEventsIT extends AbstractAppIT {

  static final String DOC = "doc:quokka-watch:draft";

  @LocalServerPort int port;

  @Test
  void aSubscriberGetsAChangeWrittenAfterItSubscribed(@TempDir Path dir) throws Exception {
    String query = "subscription { changeEvents(keywords: [\"quokka\"]) { kind document { id } } }";
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
            .header("Content-Type", "application/json")
            .header("Accept", "text/event-stream")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    JsonMapper.builder().build().writeValueAsString(Map.of("query", query))))
            .build();
    // The response starts with its first event, so the subscription is sent, given time to
    // start, and only then is the change written.
    CompletableFuture<String> event =
        HttpClient.newHttpClient()
            .sendAsync(request, HttpResponse.BodyHandlers.ofLines())
            .thenApply(
                response ->
                    response
                        .body()
                        .filter(l -> l.startsWith("data:") && l.contains(DOC))
                        .findFirst()
                        .orElse(null));
    Thread.sleep(3000);
    Files.writeString(
        dir.resolve("quokka.yaml"),
        """
        kind: document
        document:
          id: doc:quokka-watch:draft
          code: QUOKKA 1
          title: Quokka watch draft
          titleJa: クオッカ見守り草案
          kind: GUIDANCE
          status: DRAFT
          published: '2026-11-01'
          publisher: pub:nist
          jurisdictions: [US]
          url: https://example.org/quokka
          source:
            url: https://example.org/quokka
            method: SEED
        """);
    try {
      assertThat(seedLoader.load(List.of(dir)).problems()).isEmpty();
      assertThat(event.get(30, TimeUnit.SECONDS))
          .contains("\"kind\":\"NEW_DOCUMENT\"")
          .contains(DOC);
    } finally {
      event.cancel(true);
      TestNeo4j.driver()
          .executableQuery(
              "MATCH (n) WHERE n.id = $id OR (n:Change AND n.documentId = $id) DETACH DELETE n")
          .withParameters(Map.of("id", DOC))
          .execute();
    }
  }
}
