package dev.regintel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The search benchmark's mix of searches. */
class SearchMixTests {

  static SyntheticGraph one;
  static List<SearchMix.Search> mix;

  @BeforeAll
  static void generate() {
    one = SyntheticGraph.generate(1, 42);
    mix = SearchMix.of(one, 42, 110, 1000);
  }

  static boolean japanese(String s) {
    return s.codePoints()
        .anyMatch(
            c ->
                Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                    || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA);
  }

  static boolean latin(String s) {
    return s.codePoints().anyMatch(c -> c < 128 && Character.isLetter(c));
  }

  @Test
  void theSameSeedGivesTheSameSearches() {
    assertThat(SearchMix.of(SyntheticGraph.generate(1, 42), 42, 110, 1000)).isEqualTo(mix);
    assertThat(SearchMix.of(one, 42, 111, 1000)).isNotEqualTo(mix);
  }

  @Test
  void theFourClassesTakeTurnsAndSayWhatTheyAre() {
    for (SearchMix.QueryClass c : SearchMix.QueryClass.values()) {
      assertThat(mix).filteredOn(s -> s.queryClass() == c).hasSize(250);
    }
    for (SearchMix.Search s : mix) {
      assertThat(s.query()).isNotBlank();
      switch (s.queryClass()) {
        case ENGLISH -> assertThat(japanese(s.query())).as(s.query()).isFalse();
        case JAPANESE -> assertThat(japanese(s.query())).as(s.query()).isTrue();
        case MIXED -> assertThat(japanese(s.query()) && latin(s.query())).as(s.query()).isTrue();
        case CODE -> assertThat(s.query()).as(s.query()).matches(".*[0-9].*");
      }
    }
    assertThat(mix).anyMatch(s -> s.query().startsWith("Art. "));
    assertThat(mix).anyMatch(s -> s.query().matches("5\\.[0-9]+(-[0-9]+)?"));
    assertThat(mix).anyMatch(s -> s.query().startsWith("SYN "));
  }

  @Test
  void someSearchesAreFilteredAndSomeAskForALaterPage() {
    long filtered = mix.stream().filter(SearchMix.Search::filtered).count();
    long later = mix.stream().filter(s -> s.offset() > 0).count();
    assertThat(filtered).isBetween(200L, 400L);
    assertThat(later).isBetween(120L, 280L);
    assertThat(mix).allMatch(s -> s.first() == SearchMix.PAGE && s.offset() % SearchMix.PAGE == 0);
    assertThat(mix).anyMatch(s -> s.kinds() != null && s.jurisdictions() != null);
  }

  @Test
  void variablesAreWhatTheSearchQueryTakes() {
    SearchMix.Search s =
        new SearchMix.Search(
            SearchMix.QueryClass.CODE, "5.1-1", List.of("REQUIREMENT"), null, 20, 40);
    assertThat(s.variables())
        .isEqualTo(
            Map.of(
                "query",
                "5.1-1",
                "first",
                20,
                "offset",
                40,
                "filter",
                Map.of("kinds", List.of("REQUIREMENT"))));
    assertThat(
            new SearchMix.Search(SearchMix.QueryClass.ENGLISH, "secure boot", null, null, 20, 0)
                .variables())
        .doesNotContainKey("filter");
  }
}
