package dev.regintel.app.document;

import static dev.regintel.app.support.DocumentViews.version;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionOrderTests {

  static List<String> sorted(DocumentView... versions) {
    List<DocumentView> list = new ArrayList<>(List.of(versions));
    list.sort(VersionOrder.OLDEST_FIRST);
    return list.stream().map(DocumentView::id).toList();
  }

  @Test
  void aRegulationDatedOnlyByYearSortsAfterItsDatedDraftOfThatYear() {
    assertThat(
            sorted(
                version("made", "IN_FORCE", "Made", "2023"),
                version("draft", "SUPERSEDED", "Draft affirmative instrument", "2023-07-10")))
        .containsExactly("draft", "made");
  }

  @Test
  void aDraftDatedOnlyByYearSortsBeforeAFinalDatedThatYear() {
    assertThat(
            sorted(
                version("final", "FINAL", "Final", "2020-03-02"),
                version("draft", "DRAFT", "Initial Public Draft", "2020")))
        .containsExactly("draft", "final");
  }

  @Test
  void aFinalDatedByMonthSortsAfterADraftDatedInThatMonth() {
    assertThat(
            sorted(
                version("final", "FINAL", "Final", "2020-05"),
                version("2pd", "DRAFT", "2nd Public Draft", "2020-05-20"),
                version("ipd", "DRAFT", "Initial Public Draft", "2019-07")))
        .containsExactly("ipd", "2pd", "final");
  }

  @Test
  void undatedVersionsComeLast() {
    assertThat(
            sorted(version("undated", "FINAL", null, null), version("v1", "FINAL", null, "1999")))
        .containsExactly("v1", "undated");
  }

  @Test
  void aDraftIsByStatusOrByAStageThatNamesADraft() {
    assertThat(VersionOrder.isDraft(version("a", "DRAFT", null, "2020"))).isTrue();
    assertThat(VersionOrder.isDraft(version("b", "WITHDRAWN", "Initial Public Draft", "2020")))
        .isTrue();
    assertThat(VersionOrder.isDraft(version("c", "FINAL", "Final", "2020"))).isFalse();
  }
}
