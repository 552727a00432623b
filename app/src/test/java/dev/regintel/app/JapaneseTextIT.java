package dev.regintel.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.support.AbstractAppIT;
import dev.regintel.app.support.TestNeo4j;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped corpus as a reader of Japanese sees it. */
class JapaneseTextIT extends AbstractAppIT {

  /** A character of text written without spaces: Han, kana, CJK punctuation, full-width forms. */
  static final String WIDE =
      "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{InCJK_Symbols_and_Punctuation}"
          + "\\p{InHalfwidth_and_Fullwidth_Forms}]";

  static List<String> rows(String cypher) {
    return TestNeo4j.driver().executableQuery(cypher).execute().records().stream()
        .map(r -> r.get(0).asString())
        .toList();
  }

  @Test
  void noJapaneseTextHasASpaceBetweenTwoJapaneseCharacters() {
    List<String> stray =
        rows(
            """
            MATCH (n) UNWIND keys(n) AS key
            WITH n, key WHERE key ENDS WITH 'Ja' AND n[key] =~ '(?s).*%s[ \\t\\n\\r]+%s.*'
            RETURN coalesce(n.id, elementId(n)) + ' ' + key + ': ' + n[key] LIMIT 20"""
                .formatted(WIDE, WIDE));
    assertThat(stray).isEmpty();
  }

  @Test
  void everyCuratedRequirementHasAJapaneseTitle() {
    List<String> untitled =
        rows(
            """
            MATCH (r:Requirement) WHERE r.srcMethod = 'SEED'
              AND (r.titleJa IS NULL OR trim(r.titleJa) = '')
            RETURN r.id ORDER BY r.id LIMIT 50""");
    assertThat(untitled).isEmpty();
  }
}
