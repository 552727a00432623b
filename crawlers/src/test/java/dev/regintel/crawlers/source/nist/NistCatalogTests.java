package dev.regintel.crawlers.source.nist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NistCatalogTests {

  private static OscalControl control(String id, boolean group, String className, String label) {
    List<OscalProp> props =
        label == null ? List.of() : List.of(new OscalProp("label", label, null, null));
    return new OscalControl(
        id, group, className, "A title", props, List.of(), List.of(), List.of());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "NIST Cybersecurity Framework 2.0 | CSF_2_0",
        "NIST Special Publication 800-53 Revision 5.2.0: Security and Privacy Controls for"
            + " Information Systems and Organizations | SP_800_53_R5",
        "NIST Special Publication 800-53 Revision 5.1.1 MODERATE IMPACT BASELINE | SP_800_53_R5",
        "NIST SP 800-53 Rev. 5 | SP_800_53_R5",
        "NIST Cybersecurity Framework v1.1 | ",
        "NIST Special Publication 800-53 Revision 4 | ",
        "NIST Special Publication 800-53A Revision 5: Assessing Security and Privacy Controls | ",
        "NIST Special Publication 800-53 Revision 5 (Final Public Draft) | ",
        "NIST SP 800-171 Rev. 3 | "
      })
  void catalogsAreKnownByTheirTitle(String title, String expected) {
    OscalTree catalog = new OscalTree(title, List.of(), List.of(), Map.of());

    assertThat(NistCatalog.identify(catalog))
        .isEqualTo(Optional.ofNullable(expected).map(NistCatalog::valueOf));
  }

  @Test
  void csfIsKnownByItsCprtPropertiesWhateverItsTitle() {
    OscalTree catalog =
        new OscalTree(
            "Cybersecurity Framework",
            List.of(
                new OscalProp("framework-identifier", "CSF", null, "https://csrc.nist.gov/ns/cprt"),
                new OscalProp(
                    "framework-version-identifier",
                    "CSF_2_0_0",
                    null,
                    "https://csrc.nist.gov/ns/cprt")),
            List.of(),
            Map.of());

    assertThat(NistCatalog.identify(catalog)).contains(NistCatalog.CSF_2_0);
  }

  @Test
  void sp80053RefsComeFromThePlainLabelElseFromTheId() {
    NistCatalog sp = NistCatalog.SP_800_53_R5;

    assertThat(sp.ref(control("ac-2.1", false, "SP800-53-enhancement", "AC-2(1)")))
        .isEqualTo("AC-2(1)");
    assertThat(sp.ref(control("ac-2.1", false, "SP800-53-enhancement", null))).isEqualTo("AC-2(1)");
    assertThat(sp.ref(control("ac-12", false, "SP800-53", null))).isEqualTo("AC-12");
    assertThat(sp.ref(control("ac", true, "family", null))).isEqualTo("AC");
  }

  @Test
  void csfRefsAreTheIdsWhenTheLabelIsAHeading() {
    NistCatalog csf = NistCatalog.CSF_2_0;

    assertThat(csf.ref(control("GV", true, "function", "GOVERN (GV)"))).isEqualTo("GV");
    assertThat(csf.ref(control("GV.OC", false, "category", "Organizational Context (GV.OC)")))
        .isEqualTo("GV.OC");
    assertThat(csf.ref(control("GV.OC-01", false, "subcategory", "GV.OC-01")))
        .isEqualTo("GV.OC-01");
  }

  @Test
  void aStatusPropertyWithdrawsAnItemInEitherCatalog() {
    OscalControl withdrawn =
        new OscalControl(
            "ac-13",
            false,
            "SP800-53",
            "Supervision and Review \u2014 Access Control",
            List.of(new OscalProp("status", "withdrawn", null, null)),
            List.of(),
            List.of(),
            List.of("ac-2", "au-6"));

    assertThat(NistCatalog.SP_800_53_R5.withdrawn(withdrawn)).isTrue();
    assertThat(NistCatalog.CSF_2_0.withdrawn(withdrawn)).isTrue();
    assertThat(NistCatalog.SP_800_53_R5.withdrawn(control("ac-2", false, "SP800-53", "AC-2")))
        .isFalse();
  }
}
