package dev.regintel.crawlers.source.eu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EuActTitleTests {

  private static EuActTitle title(String... lines) {
    return EuActTitle.fromLines(List.of(lines)).orElseThrow();
  }

  @Test
  void aCommissionImplementingRegulationIsAnImplementingActOfTheCommission() {
    EuActTitle act =
        title(
            "COMMISSION IMPLEMENTING REGULATION (EU) 2024/2690",
            "of 17 October 2024",
            "laying down rules for the application of Directive (EU) 2022/2555 [fixture wording]");

    assertThat(act.documentId()).isEqualTo("doc:eu-2024-2690");
    assertThat(act.code()).isEqualTo("Commission Implementing Regulation (EU) 2024/2690");
    assertThat(act.kind()).isEqualTo("IMPLEMENTING_ACT");
    assertThat(act.publisher()).isEqualTo("pub:european-commission");
    assertThat(act.eli()).isEqualTo("https://eur-lex.europa.eu/eli/reg_impl/2024/2690/oj");
    assertThat(act.signed()).isEqualTo(LocalDate.of(2024, 10, 17));
    assertThat(act.title())
        .isEqualTo(
            "Commission Implementing Regulation (EU) 2024/2690 of 17 October 2024 laying down"
                + " rules for the application of Directive (EU) 2022/2555 [fixture wording]");
  }

  @Test
  void olderNumberingFormsGiveTheSameIdScheme() {
    assertThat(title("DIRECTIVE 2014/53/EU OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL"))
        .returns("doc:eu-2014-53", EuActTitle::documentId)
        .returns("Directive 2014/53/EU", EuActTitle::code)
        .returns("https://eur-lex.europa.eu/eli/dir/2014/53/oj", EuActTitle::eli);
    assertThat(title("REGULATION (EU) No 910/2014 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL"))
        .returns("doc:eu-2014-910", EuActTitle::documentId)
        .returns("Regulation (EU) No 910/2014", EuActTitle::code);
    assertThat(title("COMMISSION DELEGATED REGULATION (EU) 2022/30"))
        .returns("doc:eu-2022-30", EuActTitle::documentId)
        .returns("REGULATION", EuActTitle::kind)
        .returns("https://eur-lex.europa.eu/eli/reg_del/2022/30/oj", EuActTitle::eli);
  }

  @Test
  void repealedActsInTheTitleBecomeSupersededIds() {
    assertThat(
            title(
                    "REGULATION (EU) 2019/881 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL",
                    "of 17 April 2019",
                    "on ENISA ... and repealing Regulation (EU) No 526/2013 (Cybersecurity Act)")
                .repeals())
        .containsExactly("doc:eu-2013-526");
    assertThat(title("DIRECTIVE (EU) 2016/1148 OF THE EUROPEAN PARLIAMENT").repeals()).isEmpty();
  }

  @Test
  void aFirstLineThatNamesNoActIsNotATitle() {
    assertThat(EuActTitle.fromLines(List.of("EUR-Lex"))).isEmpty();
    assertThat(EuActTitle.fromLines(List.of())).isEmpty();
  }
}
