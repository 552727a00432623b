package dev.regintel.app.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.write.MergePolicy.Outcome;
import dev.regintel.app.write.MergePolicy.Plan;
import dev.regintel.app.write.MergePolicy.Rule;
import dev.regintel.ontology.Method;
import dev.regintel.ontology.Provenance;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MergePolicyTests {

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
    Plan plan = MergePolicy.plan("doc:x", null, crawled("T", null, "S"), RULES, PAGE, Method.CRAWL);

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

    Plan plan =
        MergePolicy.plan("doc:x", stored, crawled("New", null, null), RULES, PAGE, Method.CRAWL);

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
        MergePolicy.plan(
            "doc:x",
            stored,
            crawled("Crawled", LocalDate.of(2020, 6, 30), "Theirs"),
            RULES,
            PAGE,
            Method.CRAWL);

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

    Plan plan =
        MergePolicy.plan(
            "doc:x", stored, crawled("From search", null, "S"), RULES, PAGE, Method.CRAWL);

    assertThat(plan.changed()).containsExactly("summary");
    assertThat(plan.conflicts()).extracting(Conflict::field).containsExactly("title");
  }

  @Test
  void comparisonIgnoresWhiteSpaceAndWidthAndHonoursDatePrecision() {
    assertThat(MergePolicy.same("Consumer  IoT\nsecurity", "Consumer IoT security ", null))
        .isTrue();
    assertThat(MergePolicy.same("ＩｏＴ", "IoT", null)).isTrue();
    assertThat(
            MergePolicy.same(
                "provision 5.2-1 of ETSI EN 303 645",
                "provision 5.2-1 of ETSI EN 303 645; or",
                null))
        .isTrue();
    assertThat(MergePolicy.same("based on counters", "based on counters;", null)).isTrue();
    assertThat(MergePolicy.same("good practice", "good practice.", null)).isTrue();
    assertThat(MergePolicy.same("A or B", "A and B", null)).isFalse();
    assertThat(MergePolicy.same(LocalDate.of(2020, 6, 1), LocalDate.of(2020, 6, 30), "MONTH"))
        .isTrue();
    assertThat(MergePolicy.same(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 6, 30), "YEAR"))
        .isTrue();
    assertThat(MergePolicy.same(LocalDate.of(2020, 6, 1), LocalDate.of(2020, 6, 30), "DAY"))
        .isFalse();
    assertThat(MergePolicy.same(LocalDate.of(2020, 6, 1), LocalDate.of(2020, 7, 1), "MONTH"))
        .isFalse();
  }

  @Test
  void anAbsentValueNeverErasesAStoredOne() {
    Map<String, Object> stored = node("CRAWL", "https://x.test/page", "title", "T", "summary", "S");

    Plan plan =
        MergePolicy.plan("doc:x", stored, crawled("T", null, null), RULES, PAGE, Method.CRAWL);

    assertThat(plan.outcome()).isEqualTo(Outcome.UNCHANGED);
    assertThat(plan.set()).isEmpty();
  }

  static final Provenance SEED_FILE = Provenance.seed("https://seed.test/");

  @Test
  void aCuratedWriterReplacesWhatItNamesAndRemovesWhatItLeavesEmpty() {
    Map<String, Object> stored =
        node("CRAWL", "https://x.test/page", "title", "Crawled", "summary", "Old", "note", "n");
    Map<String, Object> incoming = new LinkedHashMap<>();
    incoming.put("title", "Curated");
    incoming.put("summary", null);
    incoming.put("note", "n");

    Plan plan = MergePolicy.plan("doc:x", stored, incoming, Map.of(), SEED_FILE, Method.SEED);

    assertThat(plan.outcome()).isEqualTo(Outcome.UPDATED);
    assertThat(plan.changed()).containsExactly("title", "summary");
    assertThat(plan.before()).containsEntry("title", "Crawled").containsEntry("summary", "Old");
    assertThat(plan.set())
        .containsEntry("title", "Curated")
        .containsEntry("summary", null)
        .containsEntry("srcMethod", "SEED")
        .containsEntry("srcUrl", "https://seed.test/")
        .doesNotContainKey("note");
    assertThat(plan.conflicts()).isEmpty();
  }

  @Test
  void aCuratedWriterKeepsWhatACrawlFilledInAndItLeavesEmpty() {
    Map<String, Object> stored =
        node(
            "SEED",
            "https://seed.test/",
            "title",
            "T",
            "published",
            LocalDate.of(2020, 6, 30),
            "crawlEnriched",
            java.util.List.of("published"));
    Map<String, Object> incoming = new LinkedHashMap<>();
    incoming.put("title", "T");
    incoming.put("published", null);

    Plan plan = MergePolicy.plan("doc:x", stored, incoming, Map.of(), SEED_FILE, Method.SEED);

    assertThat(plan.outcome()).isEqualTo(Outcome.UNCHANGED);
    assertThat(plan.set()).doesNotContainKey("published");
  }

  @Test
  void aCuratedValueForAFilledInFieldTakesItBackFromTheCrawl() {
    Map<String, Object> stored =
        node(
            "SEED",
            "https://seed.test/",
            "published",
            LocalDate.of(2020, 6, 30),
            "crawlEnriched",
            java.util.List.of("published"));
    Map<String, Object> incoming = new LinkedHashMap<>();
    incoming.put("published", LocalDate.of(2020, 7, 1));

    Plan plan = MergePolicy.plan("doc:x", stored, incoming, Map.of(), SEED_FILE, Method.SEED);

    assertThat(plan.changed()).containsExactly("published");
    assertThat(plan.set()).containsEntry("crawlEnriched", null);
  }

  @Test
  void curatedNumbersCompareByValueWhateverTheirType() {
    Map<String, Object> stored = node("SEED", "https://seed.test/", "order", 3L);
    Map<String, Object> incoming = new LinkedHashMap<>();
    incoming.put("order", 3);

    Plan plan = MergePolicy.plan("req:x", stored, incoming, Map.of(), SEED_FILE, Method.SEED);

    assertThat(plan.outcome()).isEqualTo(Outcome.UNCHANGED);
    assertThat(plan.set()).isEmpty();
  }

  @Test
  void anImportUpdatesWhatTheSameFileMadeAndOnlyFillsCuratedNodes() {
    Provenance file = new Provenance("file:catalog.json", null, Method.IMPORT, null);
    Map<String, Object> own = node("IMPORT", "file:catalog.json", "title", "Old");
    Map<String, Object> curated = node("SEED", "https://seed.test/", "title", "Curated");

    Plan update =
        MergePolicy.plan("doc:x", own, crawled("New", null, null), RULES, file, Method.IMPORT);
    Plan conflict =
        MergePolicy.plan("doc:x", curated, crawled("New", null, null), RULES, file, Method.IMPORT);

    assertThat(update.changed()).containsExactly("title");
    assertThat(update.enrichment()).isFalse();
    assertThat(conflict.outcome()).isEqualTo(Outcome.UNCHANGED);
    assertThat(conflict.conflicts()).extracting(Conflict::field).containsExactly("title");
  }
}
