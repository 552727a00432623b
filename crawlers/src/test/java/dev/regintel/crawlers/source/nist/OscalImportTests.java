package dev.regintel.crawlers.source.nist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.regintel.crawlers.ParseException;
import dev.regintel.crawlers.source.Fixtures;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OscalImportTests {

  private static final URI ORIGIN = URI.create("file:///seed-data/oscal/catalog.json");

  private static ImportedCatalog read(String fixture) {
    return OscalImport.read(Fixtures.bytes(fixture), ORIGIN);
  }

  private static ImportedControl control(ImportedCatalog catalog, String ref) {
    return catalog.controls().stream().filter(c -> c.ref().equals(ref)).findFirst().orElseThrow();
  }

  @Test
  void anSp80053CatalogGivesFamiliesControlsAndEnhancementsWithTheirParentsInDocumentOrder() {
    ImportedCatalog catalog = read("nist/oscal-sp800-53-r5-catalog.json");

    assertThat(catalog.controls())
        .extracting(ImportedControl::ref, ImportedControl::parentRef, ImportedControl::group)
        .containsExactly(
            tuple("AC", null, true),
            tuple("AC-1", "AC", false),
            tuple("AC-2", "AC", false),
            tuple("AC-2(1)", "AC-2", false),
            tuple("AC-2(10)", "AC-2", false),
            tuple("AC-7", "AC", false),
            tuple("AC-13", "AC", false),
            tuple("SC", null, true),
            tuple("SC-8", "SC", false),
            tuple("SC-8(1)", "SC-8", false));
    assertThat(control(catalog, "AC-2").title()).isEqualTo("Account Management (AC-2)");
    assertThat(control(catalog, "AC-2").oscalId()).isEqualTo("ac-2");
  }

  @Test
  void withdrawnItemsAreKeptMarkedWithWhereTheirContentWent() {
    ImportedCatalog catalog = read("nist/oscal-sp800-53-r5-catalog.json");

    ImportedControl ac13 = control(catalog, "AC-13");
    assertThat(ac13.withdrawn()).isTrue();
    assertThat(ac13.text()).isNull();
    assertThat(ac13.incorporatedInto()).containsExactly("AC-2", "AU-6");
    assertThat(control(catalog, "AC-2(10)").incorporatedInto()).containsExactly("AC-2k");
    assertThat(control(catalog, "AC-2").withdrawn()).isFalse();
  }

  @Test
  void statementsHaveTheirParametersWrittenOut() {
    String text = control(read("nist/oscal-sp800-53-r5-catalog.json"), "AC-2").text();

    assertThat(text).startsWith("a. Define and document the types of accounts allowed");
    assertThat(text).contains("[Assignment: organization-defined");
    assertThat(text).doesNotContain("{{");
  }

  @Test
  void theXmlFormGivesTheSameControls() {
    assertThat(read("nist/oscal-sp800-53-r5-catalog.xml"))
        .isEqualTo(read("nist/oscal-sp800-53-r5-catalog.json"));
  }

  @Test
  void aRevision4CatalogIsReadWithTheSameRefs() {
    ImportedCatalog catalog = read("nist/oscal-sp800-53-r4-catalog.json");

    assertThat(catalog.title()).startsWith("NIST Special Publication 800-53 Revision 4");
    assertThat(catalog.controls())
        .extracting(ImportedControl::ref, ImportedControl::parentRef)
        .startsWith(tuple("AC", null), tuple("AC-2", "AC"));
  }

  @Test
  void theCsf11ItemsTheCsf20CatalogStillCarriesAreLeftOut() {
    ImportedCatalog catalog = read("nist/oscal-csf-2.0-catalog.xml");

    assertThat(catalog.controls()).extracting(ImportedControl::ref).doesNotContain("ID.AM-06");
    assertThat(catalog.controls()).extracting(ImportedControl::ref).doesNotContain("ID.BE");
    assertThat(catalog.controls())
        .filteredOn(c -> "subcategory".equals(c.className()))
        .allSatisfy(c -> assertThat(c.parentRef()).isEqualTo(c.ref().substring(0, 5)));
  }

  @Test
  void aStatementItemTargetIsCitedAsSp80053CitesIt() {
    assertThat(OscalImport.target("ac-2_smt.k", Map.of("ac-2", "AC-2"), true)).isEqualTo("AC-2k");
    assertThat(OscalImport.target("au-6", Map.of(), true)).isEqualTo("AU-6");
  }

  @Test
  void somethingThatIsNotACatalogIsRefusedNamingTheFile() {
    byte[] profile =
        """
        {"profile": {"metadata": {"title": "NIST SP 800-53 Rev. 5 MODERATE"}}}"""
            .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> OscalImport.read(profile, ORIGIN))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("not an OSCAL catalog")
        .hasMessageContaining(ORIGIN.toString());
    assertThatThrownBy(() -> OscalImport.read("AC-2,Account".getBytes(), ORIGIN))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining(ORIGIN.toString());
  }

  @Test
  void aMarkdownLinkInAParameterLabelKeepsOnlyItsText() {
    byte[] catalog =
        """
        {"catalog": {"metadata": {"title": "NIST SP 800-53 Revision 5 excerpt"},
          "groups": [{"id": "au", "title": "Audit and Accountability", "controls": [
            {"id": "au-2", "title": "Event Logging",
             "params": [{"id": "au-02_odp.02",
               "label": "event types (subset of the event types defined in [AU-2a.](#au-2_smt.a))"}],
             "parts": [{"name": "statement",
               "prose": "Specify the following event types: {{ insert: param, au-02_odp.02 }}."}]}]}]}}"""
            .getBytes(StandardCharsets.UTF_8);

    assertThat(OscalImport.read(catalog, ORIGIN).controls().get(1).text())
        .isEqualTo(
            "Specify the following event types: [Assignment: organization-defined event types"
                + " (subset of the event types defined in AU-2a.)].");
  }

  @Test
  void twoItemsWithOneRefAreRefused() {
    byte[] twice =
        """
        {"catalog": {"metadata": {"title": "NIST SP 800-53 Revision 5 excerpt"},
          "groups": [{"id": "ac", "title": "Access Control", "controls": [
            {"id": "ac-2", "title": "Account Management"},
            {"id": "ac-2b", "title": "Again", "props": [{"name": "label", "value": "AC-2"}]}]}]}}"""
            .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> OscalImport.read(twice, ORIGIN))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("both have the ref AC-2");
  }

  @Test
  void anOscalIdAloneGivesTheRefAnImportOfItsCatalogGives() {
    assertThat(OscalImport.ref("ac-2", true)).isEqualTo("AC-2");
    assertThat(OscalImport.ref(" sc-8.1 ", true)).isEqualTo("SC-8(1)");
    assertThat(OscalImport.ref("ac-2_smt.a", true)).isEqualTo("AC-2a");
    assertThat(OscalImport.ref("GV.OC-01", false)).isEqualTo("GV.OC-01");
  }
}
