package dev.regintel.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.app.support.AbstractAppIT;
import dev.regintel.app.support.GraphQlClient;
import dev.regintel.app.support.Http;
import dev.regintel.app.support.TestNeo4j;
import dev.regintel.app.write.GraphChanged;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * A document whose title and text hold {@code <script>} and {@code &} (seed-markup), loaded into
 * the shared graph for each test and removed after it: search answers its snippets HTML-escaped
 * with only the highlight tags as markup, its titles as the plain text they are, and GraphiQL's
 * page carries none of it.
 */
class MarkupEscapingIT extends AbstractAppIT {

  static final Path MARKUP = Path.of("src/test/resources/seed-markup");

  @LocalServerPort int port;
  @Autowired Graph graph;
  @Autowired ApplicationContext context;

  @BeforeEach
  void loadTheMarkup() {
    assertThat(seedLoader.load(List.of(MARKUP)).problems()).isEmpty();
  }

  @AfterEach
  void removeTheMarkup() {
    TestNeo4j.driver()
        .executableQuery(
            """
            MATCH (n)
            WHERE n.id STARTS WITH 'doc:test-markup' OR n.id STARTS WITH 'req:test-markup'
               OR n.documentId STARTS WITH 'doc:test-markup'
            DETACH DELETE n""")
        .execute();
    GraphChanged.announce(graph, context);
  }

  List<JsonNode> hits() {
    JsonNode body =
        new GraphQlClient(port).execute("search", Map.of("query", "zanzibarite", "first", 10));
    assertThat(body.has("errors")).as(body.toString()).isFalse();
    List<JsonNode> hits = new ArrayList<>();
    body.at("/data/search/hits").forEach(hits::add);
    return hits;
  }

  @Test
  void snippetsAreEscapedAndOnlyTheHighlightIsMarkup() {
    List<JsonNode> hits = hits();
    assertThat(hits).extracting(h -> h.get("kind").asString()).contains("DOCUMENT", "REQUIREMENT");
    List<String> snippets =
        hits.stream()
            .map(h -> h.get("snippet"))
            .filter(s -> !s.isNull())
            .map(JsonNode::asString)
            .toList();
    assertThat(snippets).isNotEmpty();
    for (String snippet : snippets) {
      assertThat(snippet).contains("<em>").contains("&lt;").contains("&amp;");
      assertThat(snippet.replace("<em>", "").replace("</em>", ""))
          .doesNotContain("<", ">")
          .doesNotContainPattern("&(?!(?:lt|gt|amp|quot|#x\\p{XDigit}+|#\\d+);)");
    }
    assertThat(String.join(" ", snippets)).contains("&lt;script&gt;alert(1)&lt;&#x2F;script&gt;");
  }

  @Test
  void titlesComeBackAsTheTextTheyAre() {
    assertThat(hits())
        .extracting(h -> h.get("title").asString())
        .contains(
            "Zanzibarite <script>alert(1)</script> & friends",
            "Zanzibarite <b>bold</b> & <script>alert(1)</script>");
  }

  @Test
  void graphiqlsPageHoldsNoGraphData() {
    assertThat(hits()).isNotEmpty();
    var page = Http.get(port, "/graphiql");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).doesNotContain("Zanzibarite", "alert(", "onerror", "<script>");
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(policy -> assertThat(policy).contains("script-src 'self';"));
  }
}
