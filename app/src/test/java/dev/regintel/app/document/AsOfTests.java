package dev.regintel.app.document;

import static dev.regintel.app.support.DocumentViews.version;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AsOfTests {

  static final List<DocumentView> NISTIR_8259 =
      List.of(
          version("ipd", "DRAFT", "Initial Public Draft", "2019-07"),
          version("2pd", "DRAFT", "2nd Public Draft", "2020-01"),
          version("final", "FINAL", "Final", "2020-05"));

  static String on(String day) {
    return AsOf.pick(NISTIR_8259, LocalDate.parse(day)).map(DocumentView::id).orElse(null);
  }

  @Test
  void beforeAnyFinalTheLatestDraftPublishedByThenAnswers() {
    assertThat(on("2019-08-01")).isEqualTo("ipd");
    assertThat(on("2020-02-01")).isEqualTo("2pd");
  }

  @Test
  void aFinalDatedByMonthAnswersFromTheEndOfThatMonth() {
    assertThat(on("2020-05-15")).isEqualTo("2pd");
    assertThat(on("2020-05-31")).isEqualTo("final");
  }

  @Test
  void theFinalAnswersLongAfterEvenWhenALaterDraftExists() {
    List<DocumentView> withRevision =
        List.of(
            NISTIR_8259.get(2), version("r1-ipd", "DRAFT", "Initial Public Draft", "2025-06-01"));
    assertThat(AsOf.pick(withRevision, LocalDate.parse("2025-07-01")))
        .map(DocumentView::id)
        .contains("final");
  }

  @Test
  void nothingAnswersBeforeTheFirstVersion() {
    assertThat(on("2019-06-30")).isNull();
  }
}
