package dev.regintel.app.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.diff.TextChange.Op;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DiffWordTests {

  static String side(List<TextChange> runs, Op other) {
    return runs.stream()
        .filter(r -> r.op() != other)
        .map(TextChange::text)
        .collect(Collectors.joining());
  }

  @Test
  void equalTextsHaveNoRuns() {
    assertThat(WordDiff.of("Passwords shall be unique.", "Passwords shall be unique.")).isEmpty();
  }

  @Test
  void aReplacedWordIsOneDeleteAndOneInsertBetweenEqualRuns() {
    List<TextChange> runs =
        WordDiff.of(
            "All consumer IoT device passwords shall be unique.",
            "All consumer IoT product passwords shall be unique.");
    assertThat(runs)
        .containsExactly(
            new TextChange(Op.EQUAL, "All consumer IoT "),
            new TextChange(Op.DELETE, "device"),
            new TextChange(Op.INSERT, "product"),
            new TextChange(Op.EQUAL, " passwords shall be unique."));
  }

  @Test
  void runsGiveBothTextsBack() {
    String older =
        "The organization develops, documents, and disseminates an access control policy.";
    String newer =
        "Develop, document, and disseminate to [Assignment: personnel] an access control policy that addresses purpose.";
    List<TextChange> runs = WordDiff.of(older, newer);
    assertThat(side(runs, Op.INSERT)).isEqualTo(older);
    assertThat(side(runs, Op.DELETE)).isEqualTo(newer);
  }

  @Test
  void aMissingSideIsAllInsertedOrDeleted() {
    assertThat(WordDiff.of(null, "New text."))
        .containsExactly(new TextChange(Op.INSERT, "New text."));
    assertThat(WordDiff.of("Old text.", ""))
        .containsExactly(new TextChange(Op.DELETE, "Old text."));
  }

  @Test
  void japaneseTextDiffsByRuns() {
    List<TextChange> runs = WordDiff.of("パスワードは一意とする。", "パスワードは一意でなければならない。");
    assertThat(side(runs, Op.INSERT)).isEqualTo("パスワードは一意とする。");
    assertThat(side(runs, Op.DELETE)).isEqualTo("パスワードは一意でなければならない。");
  }

  @Test
  void overlongTextsAreCutBeforeComparing() {
    String longText = "word ".repeat(10_000);
    assertThat(String.join("", WordDiff.tokens(longText))).hasSize(WordDiff.MAX_CHARS);
  }

  @Test
  void aSpaceBetweenTwoChangesFoldsIntoOneReplacement() {
    List<TextChange> runs =
        WordDiff.of(
            "The organization limits the number of external network connections to the information system.",
            "Limit the number of external network connections to the system.");
    assertThat(runs)
        .containsExactly(
            new TextChange(Op.DELETE, "The organization limits "),
            new TextChange(Op.INSERT, "Limit "),
            new TextChange(Op.EQUAL, "the number of external network connections to the "),
            new TextChange(Op.DELETE, "information "),
            new TextChange(Op.EQUAL, "system."));
  }
}
