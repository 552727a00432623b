package dev.regintel.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.support.AbstractGraphQlIT;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Bilingual search end to end, on the shipped corpus. */
class SearchIT extends AbstractGraphQlIT {

  JsonNode search(String query, Map<String, Object> more) {
    Map<String, Object> variables = new java.util.HashMap<>(more);
    variables.put("query", query);
    JsonNode body = client.execute("search", variables);
    assertThat(body.has("errors")).as(body.toString()).isFalse();
    return body.at("/data/search");
  }

  static List<String> ids(JsonNode result) {
    List<String> ids = new ArrayList<>();
    result.get("hits").forEach(h -> ids.add(h.get("id").asString()));
    return ids;
  }

  @Test
  void defaultPasswordInJapaneseFindsEtsiTheUkScheduleCaliforniaAndJcStar() {
    List<String> top = ids(search("デフォルトパスワード", Map.of("first", 12)));
    assertThat(top)
        .contains(
            "req:etsi-en-303-645:v2.1.1:5.1-1",
            "req:uk-si-2023-1007:sch-1-para-1",
            "req:us-ca-civ-1.81.26:1798.91.04-b",
            "req:jp-jc-star:2025:s1.1-02");
  }

  @Test
  void vulnerabilityDisclosureInEnglishFindsRequirementsWithJapaneseTitles() {
    JsonNode result = search("vulnerability disclosure", Map.of("first", 10));
    assertThat(ids(result)).contains("req:etsi-en-303-645:v2.1.1:5.2-1");
    List<String> japaneseTitles = new ArrayList<>();
    result
        .get("hits")
        .forEach(
            h -> {
              if (h.get("kind").asString().equals("REQUIREMENT") && !h.get("titleJa").isNull()) {
                japaneseTitles.add(h.get("titleJa").asString());
              }
            });
    assertThat(japaneseTitles).isNotEmpty().anyMatch(t -> t.contains("脆弱性"));
  }

  @Test
  void aCompoundIsFoundByItsParts() {
    assertThat(ids(search("パスワード", Map.of("first", 20))))
        .contains("req:etsi-en-303-645:v2.1.1:5.1-1");
  }

  @Test
  void fullWidthAndLongVowelVariantsFindTheSameAsTheirPlainForms() {
    assertThat(ids(search("ＩｏＴ", Map.of("first", 10))))
        .isEqualTo(ids(search("IoT", Map.of("first", 10))));
    assertThat(ids(search("セキュリティー", Map.of("first", 10))))
        .isEqualTo(ids(search("セキュリティ", Map.of("first", 10))));
  }

  @Test
  void codesAndRefsAreFoundExactly() {
    assertThat(ids(search("2023/1007", Map.of("first", 5)))).contains("doc:uk-si-2023-1007");
    assertThat(ids(search("5.1-1", Map.of("first", 5))))
        .contains("req:etsi-en-303-645:v2.1.1:5.1-1");
    assertThat(ids(search("Art. 21", Map.of("first", 10)))).contains("req:eu-2022-2555:art-21");
    assertThat(ids(search("800-53", Map.of("first", 5)))).contains("doc:nist-sp-800-53:r5");
  }

  @Test
  void aJapaneseQueryFindsEnglishOnlyContentThroughTheGlossary() {
    // NIST CSF 2.0 subcategories have official English text; their Japanese is only a title.
    List<String> hits = ids(search("サプライチェーン", Map.of("first", 20)));
    assertThat(hits).anyMatch(id -> id.startsWith("req:nist-csf:2.0:gv.sc"));
  }

  @Test
  void filtersNarrowByKindAndJurisdiction() {
    JsonNode requirementsInGb =
        search(
            "password",
            Map.of(
                "first",
                50,
                "filter",
                Map.of("kinds", List.of("REQUIREMENT"), "jurisdictions", List.of("GB"))));
    assertThat(requirementsInGb.get("hits")).isNotEmpty();
    requirementsInGb
        .get("hits")
        .forEach(
            h -> {
              assertThat(h.get("kind").asString()).isEqualTo("REQUIREMENT");
              assertThat(h.get("id").asString()).matches("req:(uk-|etsi-|test-).*|req:.*");
            });
    assertThat(ids(requirementsInGb)).noneMatch(id -> id.startsWith("req:us-ca"));
  }

  @Test
  void pagesFollowEachOtherAndTheTotalCountsAll() {
    JsonNode first = search("security", Map.of("first", 5));
    JsonNode second = search("security", Map.of("first", 5, "offset", 5));
    assertThat(first.get("total").asInt()).isGreaterThan(10);
    assertThat(ids(second)).doesNotContainAnyElementsOf(ids(first));
    assertThat(second.get("total").asInt()).isEqualTo(first.get("total").asInt());
  }

  @Test
  void snippetsHighlightTheMatchInTheLanguageThatMatched() {
    JsonNode ja = search("脆弱性", Map.of("first", 3));
    assertThat(ja.at("/hits/0/snippet").asString()).contains("<em>脆弱性</em>");
    JsonNode en = search("vulnerability", Map.of("first", 3));
    assertThat(en.at("/hits/0/snippet").asString().toLowerCase())
        .contains("<em>vulnerability</em>");
  }

  @Test
  void snippetsAreHtmlWhoseOnlyMarkupIsTheHighlight() {
    for (String query : List.of("デフォルトパスワード", "software update", "セキュリティ", "§ 1798.91.04")) {
      for (JsonNode hit : search(query, Map.of("first", 20)).get("hits")) {
        String snippet = hit.path("snippet").asString("");
        assertThat(snippet.replace("<em>", "").replace("</em>", ""))
            .as("%s: %s", hit.get("id").asString(), snippet)
            .doesNotContain("<", ">");
      }
    }
  }

  @Test
  void emptyQueryIsABadInput() {
    JsonNode body = client.execute("search", Map.of("query", "  "));
    assertThat(body.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
  }

  @Test
  void theIndexFollowsALoad(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("extra.yaml"),
        """
        kind: controls
        source: {url: "https://example.org/x"}
        controls:
          - id: ctl:zyxwv-quokka-shield
            name: Zyxwv quokka shield
            nameJa: ザイクスクオッカ防御
            description: A control with a word nobody else uses.
            descriptionJa: 他で使われない語を持つ対策。
        """);
    assertThat(seedLoader.load(List.of(dir)).problems()).isEmpty();
    try {
      assertThat(ids(search("quokka", Map.of("first", 5))))
          .containsExactly("ctl:zyxwv-quokka-shield");
    } finally {
      dev.regintel.app.support.TestNeo4j.driver()
          .executableQuery("MATCH (c:Control {id: 'ctl:zyxwv-quokka-shield'}) DETACH DELETE c")
          .execute();
    }
  }

  @Autowired SearchIndex index;
  @Autowired SearchService service;
  @Autowired SearchPoller poller;

  @Test
  void theIndexFollowsAWriteMadeThroughAnotherInstanceAtItsNextPoll() {
    // Another instance writes to the same graph and moves its generation on; no event reaches
    // this one, whose index sees the write when it next polls.
    dev.regintel.app.internal.neo4j.Graph elsewhere =
        new dev.regintel.app.internal.neo4j.Graph(
            dev.regintel.app.support.TestNeo4j.driver(),
            null,
            new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
    elsewhere.write(
        tx ->
            tx.run(
                """
                CREATE (:Control {id: 'ctl:wombat-polled-shield', name: 'Wombat polled shield',
                  description: 'Written through another instance.', srcUrl: 'https://example.org/w',
                  srcMethod: 'MANUAL'})""",
                Map.of()));
    dev.regintel.app.write.GraphChanged.announce(elsewhere, event -> {});
    try {
      assertThat(ids(search("wombat", Map.of("first", 5)))).isEmpty();
      poller.poll();
      assertThat(ids(search("wombat", Map.of("first", 5))))
          .containsExactly("ctl:wombat-polled-shield");
    } finally {
      dev.regintel.app.support.TestNeo4j.driver()
          .executableQuery("MATCH (c:Control {id: 'ctl:wombat-polled-shield'}) DETACH DELETE c")
          .execute();
      dev.regintel.app.write.GraphChanged.announce(elsewhere, event -> {});
      poller.poll();
    }
  }

  @Test
  void anIndexBuiltAndSearchedOnEveryCoreGivesTheSameAnswers() throws IOException {
    List<String> queries =
        List.of("デフォルトパスワード", "vulnerability disclosure", "IoT機器 secure boot", "5.1-1");
    Map<String, SearchResultView> sequential = new java.util.LinkedHashMap<>();
    queries.forEach(q -> sequential.put(q, service.search(q, null, 20, 0)));
    long generation = generation(index);
    try {
      index.parallelFrom(1);
      index.rebuild(generation);
      SearchIndex.Snapshot rebuilt = index.acquire();
      try {
        // About one slice per core (segment boundaries can add one).
        assertThat(rebuilt.searcher().getSlices().length)
            .isBetween(SearchIndex.PARALLELISM, SearchIndex.PARALLELISM + 2);
      } finally {
        index.release(rebuilt);
      }
      for (String q : queries) {
        SearchResultView parallel = service.search(q, null, 20, 0);
        assertThat(parallel.total()).as(q).isEqualTo(sequential.get(q).total());
        // The same hits in the same order; scores may differ in the last float digits, since
        // the statistics are summed over other segments.
        assertThat(parallel.hits().stream().map(SearchHitView::id).toList())
            .as(q)
            .isEqualTo(sequential.get(q).hits().stream().map(SearchHitView::id).toList());
      }
    } finally {
      index.parallelFrom(SearchIndex.PARALLEL_FROM);
      index.rebuild(generation);
    }
  }

  @Test
  void countingStopsPastTheLimitUnlessAnExactTotalIsAskedFor() {
    SearchResultView exact = service.search("password", null, 5, 0, true);
    assertThat(exact.totalExact()).isTrue();
    assertThat(exact.total()).isGreaterThan(12);
    try {
      service.counted(10);
      SearchResultView bounded = service.search("password", null, 5, 0, false);
      assertThat(bounded.totalExact()).isFalse();
      // A lower bound (the limit, or the hits ranked when more were asked for), and the same
      // every time, however the slices' threads raced.
      assertThat(bounded.total()).isBetween(10, exact.total());
      assertThat(service.search("password", null, 5, 0, false).total()).isEqualTo(bounded.total());
      // The best hits do not depend on how far the matches were counted.
      assertThat(bounded.hits()).isEqualTo(exact.hits());
      assertThat(service.search("password", null, 5, 0, true)).isEqualTo(exact);
    } finally {
      service.counted(SearchService.COUNTED);
    }
    // Over GraphQL: the default counts up to the limit, which the shipped corpus stays under.
    JsonNode result = search("password", Map.of("first", 5));
    assertThat(result.get("totalExact").asBoolean()).isTrue();
    assertThat(result.get("total").asInt()).isEqualTo(exact.total());
    JsonNode asked = search("password", Map.of("first", 5, "exactTotal", true));
    assertThat(asked.get("total").asInt()).isEqualTo(exact.total());
  }

  static long generation(SearchIndex index) {
    SearchIndex.Snapshot s = index.acquire();
    try {
      return s.generation();
    } finally {
      index.release(s);
    }
  }
}
