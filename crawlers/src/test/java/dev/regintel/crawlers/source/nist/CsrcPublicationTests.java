package dev.regintel.crawlers.source.nist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.ontology.Ids;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsrcPublicationTests {

  private static String id(String url, String month) {
    return CsrcPublication.fromUrl(url)
        .orElseThrow()
        .documentId(month.isEmpty() ? null : YearMonth.parse(month));
  }

  /** NIST seed documents with a {@code /pubs/} address (or one of that shape), and their month. */
  @ParameterizedTest
  @CsvSource({
    "https://csrc.nist.gov/pubs/ir/8259/final, 2020-05, doc:nist-ir-8259:final",
    "https://csrc.nist.gov/pubs/ir/8259/ipd, 2019-07, doc:nist-ir-8259:ipd-2019-07",
    "https://csrc.nist.gov/pubs/ir/8259/2pd, 2020-01, doc:nist-ir-8259:2pd-2020-01",
    "https://csrc.nist.gov/pubs/ir/8259/a/final, 2020-05, doc:nist-ir-8259a:final",
    "https://csrc.nist.gov/pubs/ir/8259/b/ipd, 2020-12, doc:nist-ir-8259b:ipd-2020-12",
    "https://csrc.nist.gov/pubs/ir/8425/ipd, 2022-06, doc:nist-ir-8425:ipd-2022-06",
    "https://csrc.nist.gov/pubs/ir/8425/a/final, 2022-09, doc:nist-ir-8425a:final",
    "https://csrc.nist.gov/pubs/ir/8222/ipd, 2018-09, doc:nist-ir-8222:ipd-2018-09",
    "https://csrc.nist.gov/pubs/ir/8200/final, 2018-11, doc:nist-ir-8200:final",
    "https://csrc.nist.gov/pubs/ir/8228/ipd, 2018-09, doc:nist-ir-8228:ipd-2018-09",
    "https://csrc.nist.gov/pubs/ir/8267/ipd, 2019-10, doc:nist-ir-8267:ipd-2019-10",
    "https://csrc.nist.gov/pubs/ir/8276/final, 2021-02, doc:nist-ir-8276:final",
    "https://csrc.nist.gov/pubs/sp/800/171/r1/final, 2016-12, doc:nist-sp-800-171:r1",
    "https://csrc.nist.gov/pubs/sp/800/171/r3/ipd, 2023-05, doc:nist-sp-800-171:r3-ipd",
    "https://csrc.nist.gov/pubs/sp/800/171/r3/fpd, 2023-11, doc:nist-sp-800-171:r3-fpd",
    "https://csrc.nist.gov/pubs/sp/800/171/r3/final, 2024-05, doc:nist-sp-800-171:r3",
    "https://csrc.nist.gov/pubs/sp/800/53/r5/upd1/final, 2020-09, doc:nist-sp-800-53:r5",
  })
  void addressesOfSeedDocumentsGiveTheSeedIds(String url, String month, String expected) {
    assertThat(id(url, month)).isEqualTo(expected);
  }

  @Test
  void volumesAndPartsJoinTheWorkAndShareTheFamily() {
    CsrcPublication volume =
        CsrcPublication.fromUrl("https://csrc.nist.gov/pubs/sp/800/160/v2/r1/final").orElseThrow();
    CsrcPublication part =
        CsrcPublication.fromUrl("https://csrc.nist.gov/pubs/sp/800/218/a/ipd").orElseThrow();

    assertThat(volume.documentId(null)).isEqualTo("doc:nist-sp-800-160v2:r1");
    assertThat(volume.family()).isEqualTo("nist-sp-800-160");
    assertThat(volume.code()).isEqualTo("NIST SP 800-160 Vol. 2");
    assertThat(part.documentId(YearMonth.of(2024, 4)))
        .isEqualTo("doc:nist-sp-800-218a:ipd-2024-04");
    assertThat(part.code()).isEqualTo("NIST SP 800-218A");
  }

  @Test
  void aDraftWithoutRevisionOrDateFallsBackToItsStageCode() {
    assertThat(id("https://csrc.nist.gov/pubs/ir/8259/ipd", "")).isEqualTo("doc:nist-ir-8259:ipd");
  }

  @Test
  void pagesWithoutASeriesNumberTakeTheirDateAsNumber() {
    assertThat(
            id(
                "https://csrc.nist.gov/pubs/other/2018/01/05/enhancing-resilience-against-botnetsreport-to-the/ipd",
                "2018-01"))
        .isEqualTo("doc:nist-other-2018-01-05:ipd-2018-01");
  }

  @Test
  void titleWordsInTheAddressAreNotPartOfTheIdentity() {
    assertThat(
            id(
                "https://csrc.nist.gov/pubs/cswp/29/the-nist-cybersecurity-framework-csf-20/final",
                "2024-02"))
        .isEqualTo("doc:nist-cswp-29:final");
  }

  @ParameterizedTest
  @CsvSource({
    "final, Final",
    "ipd, Initial Public Draft",
    "2pd, 2nd Public Draft",
    "3pd, 3rd Public Draft",
    "11pd, 11th Public Draft",
    "fpd, Final Public Draft",
    "iwd, Initial Working Draft",
    "iprd, Initial Pre-Draft Call for Comments",
    "2prd, 2nd Pre-Draft Call for Comments",
  })
  void stageCodesHaveCsrcStageNames(String code, String name) {
    assertThat(
            CsrcPublication.fromUrl("https://csrc.nist.gov/pubs/ir/8000/" + code)
                .orElseThrow()
                .stageName())
        .isEqualTo(name);
  }

  @Test
  void revisionsNameTheirStageInTheVersion() {
    assertThat(CsrcPublication.fromUrl("https://csrc.nist.gov/pubs/sp/800/171/r3/fpd"))
        .get()
        .returns("Revision 3 (Final Public Draft)", CsrcPublication::version)
        .returns("NIST SP 800-171", CsrcPublication::code);
    assertThat(CsrcPublication.fromUrl("https://csrc.nist.gov/pubs/sp/800/171/r3/final"))
        .get()
        .returns("Revision 3", CsrcPublication::version);
  }

  @ParameterizedTest
  @CsvSource({
    "https://csrc.nist.gov/publications/detail/nistir/8259/archive/2020-01-07",
    "https://csrc.nist.gov/pubs/ir/8259",
    "https://csrc.nist.gov/pubs/ir/8259/summary",
    "https://csrc.nist.gov/projects/iot",
  })
  void otherAddressesAreNotPublications(String url) {
    assertThat(CsrcPublication.fromUrl(url)).isEmpty();
  }

  @Test
  void idsAreValidDocumentIds() {
    assertThat(id("https://csrc.nist.gov/pubs/sp/800/160/v2/r2/ipd", "2026-08"))
        .satisfies(id -> assertThat(Ids.isDocument(id)).isTrue());
  }
}
