package dev.regintel.app.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.crawl.Merge.Outcome;
import dev.regintel.app.crawl.Merge.Plan;
import dev.regintel.app.crawl.Merge.Rule;
import dev.regintel.ontology.Method;
import dev.regintel.ontology.Provenance;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MergeTests {

  static final Provenance PAGE =
      new Provenance(
          "https://x.test/page",
          Instant.parse("2026-11-20T08:30:00Z"),
          Method.CRAWL,
          "a".repeat(64));
  static final Map<String, Rule> RULES = new LinkedHashMap<>();

  static {
    RULES.put("title", Rule.FACT);
    RULES.put("published", Rule.FACT);
    RULES.put("summary", Rule.FILL);
  }

  static Map<String, Object> crawled(String title, LocalDate published, String summary) {
    Map<String, Object> m = new HashMap<>();
    m.put("title", title);
    m.put("published", published);
    m.put("summary", summary);
    return m;
  }

  static Map<String, Object> node(String method, String url, Object... kv) {
    Map<String, Object> m = new HashMap<>();
    m.put("srcMethod", method);
    m.put("srcUrl", url);
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  @Test
  void aNewRecordMakesANodeWithItsProvenanceAndNoNulls() {
    Plan plan = Merge.plan("doc:x", null, crawled("T", null, "S"), RULES, PAGE);

    assertThat(plan.outcome()).isEqualTo(Outcome.CREATED);
    assertThat(plan.set())
        .containsEntry("id", "doc:x")
        .containsEntry("title", "T")
        .containsEntry("srcUrl", "https://x.test/page")
        .containsEntry("srcSha256", "a".repeat(64))
        .doesNotContainKey("published");
  }

  @Test
  void theSameResourceUpdatesItsNodeKeepingTheOldValues() {
    Map<String, Object> stored =
        node("CRAWL", "https://x.test/page", "title", "Old", "summary", "S");

    Plan plan = Merge.plan("doc:x", stored, crawled("New", null, null), RULES, PAGE);

    assertThat(plan.outcome()).isEqualTo(Outcome.UPDATED);
    assertThat(plan.changed()).containsExactly("title");
    assertThat(plan.before()).containsEntry("title", "Old");
    assertThat(plan.set()).containsEntry("title", "New").doesNotContainKey("summary");
    assertThat(plan.enrichment()).isFalse();
  }

  @Test
  void curatedValuesWinAndDisagreementsAreConflictsButSummariesAreOnlyFilled() {
    Map<String, Object> stored =
        node("SEED", "https://seed.test/", "title", "Curated", "summary", "Ours");

    Plan plan =
        Merge.plan(
            "doc:x", stored, crawled("Crawled", LocalDate.of(2020, 6, 30), "Theirs"), RULES, PAGE);

    assertThat(plan.outcome()).isEqualTo(Outcome.UPDATED); // published was empty: filled
    assertThat(plan.changed()).containsExactly("published");
    assertThat(plan.enrichment()).isTrue();
    assertThat(plan.set())
        .containsEntry("crawlUrl", "https://x.test/page")
        .doesNotContainKey("title");
    assertThat(plan.conflicts())
        .containsExactly(
            new Conflict("doc:x", "title", "Curated", "Crawled", "https://x.test/page"));
  }

  @Test
  void anotherResourceOnlyFillsACrawledNode() {
    Map<String, Object> stored = node("CRAWL", "https://x.test/listing", "title", "From listing");

    Plan plan = Merge.plan("doc:x", stored, crawled("From search", null, "S"), RULES, PAGE);

    assertThat(plan.changed()).containsExactly("summary");
    assertThat(plan.conflicts()).extracting(Conflict::field).containsExactly("title");
  }

  @Test
  void comparisonIgnoresWhiteSpaceAndWidthAndHonoursDatePrecision() {
    assertThat(Merge.same("Consumer  IoT\nsecurity", "Consumer IoT security ", null)).isTrue();
    assertThat(Merge.same("ＩｏＴ", "IoT", null)).isTrue();
    assertThat(
            Merge.same(
                "provision 5.2-1 of ETSI EN 303 645",
                "provision 5.2-1 of ETSI EN 303 645; or",
                null))
        .isTrue();
    assertThat(Merge.same("based on counters", "based on counters;", null)).isTrue();
    assertThat(Merge.same("good practice", "good practice.", null)).isTrue();
    assertThat(Merge.same("A or B", "A and B", null)).isFalse();
    assertThat(Merge.same(LocalDate.of(2020, 6, 1), LocalDate.of(2020, 6, 30), "MONTH")).isTrue();
    assertThat(Merge.same(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 6, 30), "YEAR")).isTrue();
    assertThat(Merge.same(LocalDate.of(2020, 6, 1), LocalDate.of(2020, 6, 30), "DAY")).isFalse();
    assertThat(Merge.same(LocalDate.of(2020, 6, 1), LocalDate.of(2020, 7, 1), "MONTH")).isFalse();
  }

  @Test
  void anAbsentValueNeverErasesAStoredOne() {
    Map<String, Object> stored = node("CRAWL", "https://x.test/page", "title", "T", "summary", "S");

    Plan plan = Merge.plan("doc:x", stored, crawled("T", null, null), RULES, PAGE);

    assertThat(plan.outcome()).isEqualTo(Outcome.UNCHANGED);
    assertThat(plan.set()).isEmpty();
  }
}
