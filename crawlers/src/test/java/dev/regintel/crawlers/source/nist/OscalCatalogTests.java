package dev.regintel.crawlers.source.nist;

import static dev.regintel.crawlers.source.Fixtures.fetched;
import static dev.regintel.crawlers.source.Fixtures.provenance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.regintel.crawlers.CrawlRecord;
import dev.regintel.crawlers.DocumentRecord;
import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.ParseException;
import dev.regintel.crawlers.Parsed;
import dev.regintel.crawlers.RequirementRecord;
import dev.regintel.crawlers.source.Fixtures;
import dev.regintel.crawlers.source.Xxe;
import dev.regintel.ontology.Ids;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OscalCatalogTests {

  private static final String OSCAL_CONTENT =
      "https://raw.githubusercontent.com/usnistgov/oscal-content/main/nist.gov/";
  private static final String CSF_JSON_URL = NistSource.CSF_2_0_CATALOG.toString();
  private static final String CSF_XML_URL =
      OSCAL_CONTENT + "CSF/v2.0/xml/NIST_CSF_v2.0_catalog.xml";
  private static final String SP_JSON_URL = NistSource.SP_800_53_R5_CATALOG.toString();
  private static final String SP_XML_URL =
      OSCAL_CONTENT + "SP800-53/rev5/xml/NIST_SP-800-53_rev5_catalog.xml";
  private static final String JSON = "application/json; charset=utf-8";
  private static final String TEXT = "text/plain; charset=utf-8";

  private static final String CSF = "doc:nist-csf:2.0";
  private static final String SP = "doc:nist-sp-800-53:r5";

  private final NistSource source = new NistSource();

  private Parsed csfXml() {
    return source.parse(fetched("nist/oscal-csf-2.0-catalog.xml", CSF_XML_URL, TEXT));
  }

  private Parsed spJson() {
    return source.parse(fetched("nist/oscal-sp800-53-r5-catalog.json", SP_JSON_URL, JSON));
  }

  private static List<RequirementRecord> requirements(Parsed parsed) {
    return parsed.records().stream()
        .filter(RequirementRecord.class::isInstance)
        .map(RequirementRecord.class::cast)
        .toList();
  }

  private static List<DocumentRecord> documents(Parsed parsed) {
    return parsed.records().stream()
        .filter(DocumentRecord.class::isInstance)
        .map(DocumentRecord.class::cast)
        .toList();
  }

  private static RequirementRecord requirement(Parsed parsed, String ref) {
    return requirements(parsed).stream()
        .filter(r -> r.ref().equals(ref))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no requirement " + ref));
  }

  /** Asserts that two parses give the same records, wherever and whenever they were fetched. */
  private static void assertSameRecords(Parsed actual, Parsed expected) {
    assertThat(actual.records())
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("provenance")
        .containsExactlyElementsOf(expected.records());
  }

  /** The refs a seed document file gives its requirements. */
  private static Set<String> seedRefs(String seedFile) throws IOException {
    String yaml = Files.readString(Path.of("../seed-data/documents/nist/" + seedFile));
    Matcher m = Pattern.compile("(?m)^\\s*- ref: '?([^'\\n]+?)'?\\s*$").matcher(yaml);
    return m.results().map(r -> r.group(1)).collect(Collectors.toSet());
  }

  private static Fetched inline(String body, String url) {
    return Fixtures.fetched(body.getBytes(StandardCharsets.UTF_8), url, JSON, Fixtures.RETRIEVED);
  }

  @Test
  void csfCatalogGivesTheSeedDocumentAndItsFunctionsCategoriesAndSubcategories() {
    Fetched catalog = fetched("nist/oscal-csf-2.0-catalog.xml", CSF_XML_URL, TEXT);

    Parsed parsed = source.parse(catalog);

    assertThat(documents(parsed))
        .containsExactly(
            new DocumentRecord(
                CSF,
                "NIST CSF",
                "2.0",
                "The NIST Cybersecurity Framework (CSF) 2.0",
                "FRAMEWORK",
                "FINAL",
                "Final",
                null,
                null,
                null,
                "pub:nist",
                List.of("US"),
                "https://doi.org/10.6028/NIST.CSWP.29",
                "nist-csf",
                List.of(),
                null,
                List.of(),
                provenance(catalog)));
    assertThat(requirements(parsed))
        .extracting(RequirementRecord::ref, RequirementRecord::parentRef)
        .containsExactly(
            tuple("GV", null),
            tuple("GV.OC", "GV"),
            tuple("GV.OC-01", "GV.OC"),
            tuple("GV.OC-02", "GV.OC"),
            tuple("ID", null),
            tuple("ID.AM", "ID"),
            tuple("ID.AM-01", "ID.AM"),
            tuple("ID.AM-07", "ID.AM"),
            tuple("PR", null),
            tuple("PR.AA", "PR"),
            tuple("PR.AA-01", "PR.AA"),
            tuple("DE", null),
            tuple("DE.CM", "DE"),
            tuple("DE.CM-01", "DE.CM"),
            tuple("RS", null),
            tuple("RS.MA", "RS"),
            tuple("RS.MA-01", "RS.MA"),
            tuple("RC", null),
            tuple("RC.RP", "RC"),
            tuple("RC.RP-01", "RC.RP"));
    assertThat(requirements(parsed)).allMatch(r -> r.documentId().equals(CSF));
  }

  @Test
  void csfFunctionsCategoriesAndSubcategoriesCarryTitleStatementAndObligation() {
    Fetched catalog = fetched("nist/oscal-csf-2.0-catalog.xml", CSF_XML_URL, TEXT);
    Parsed parsed = source.parse(catalog);

    assertThat(requirement(parsed, "GV"))
        .isEqualTo(
            new RequirementRecord(
                CSF,
                "GV",
                null,
                "GOVERN (GV)",
                "The organization's cybersecurity risk management strategy, expectations, and"
                    + " policy are established, communicated, and monitored",
                "INFORMATIVE",
                provenance(catalog)));
    assertThat(requirement(parsed, "GV.OC"))
        .isEqualTo(
            new RequirementRecord(
                CSF,
                "GV.OC",
                "GV",
                "Organizational Context (GV.OC)",
                "The circumstances - mission, stakeholder expectations, dependencies, and legal,"
                    + " regulatory, and contractual requirements - surrounding the organization's"
                    + " cybersecurity risk management decisions are understood",
                "RECOMMENDED",
                provenance(catalog)));
    // The implementation examples are not part of the outcome.
    assertThat(requirement(parsed, "GV.OC-01"))
        .isEqualTo(
            new RequirementRecord(
                CSF,
                "GV.OC-01",
                "GV.OC",
                "GV.OC-01",
                "The organizational mission is understood and informs cybersecurity risk"
                    + " management",
                "RECOMMENDED",
                provenance(catalog)));
  }

  @Test
  void csfItemsLeftOverFromCsf11WithoutMarkerAreDroppedWithTheCategoriesTheyEmpty() {
    Parsed parsed = csfXml();

    assertThat(requirements(parsed))
        .extracting(RequirementRecord::ref)
        .doesNotContain("ID.AM-06", "ID.BE", "ID.BE-01");
    assertThat(requirements(parsed))
        .filteredOn(r -> "ID.AM".equals(r.parentRef()))
        .extracting(RequirementRecord::ref)
        .containsExactly("ID.AM-01", "ID.AM-07");
  }

  @Test
  void csfRefsAreTheRefsOfTheSeedSoCrawledRequirementsMeetSeedRequirementsById()
      throws IOException {
    Set<String> seed = seedRefs("nist-csf-2.0.yaml");

    List<RequirementRecord> crawled = requirements(csfXml());

    assertThat(crawled).extracting(RequirementRecord::ref).allMatch(seed::contains);
    assertThat(crawled)
        .extracting(r -> Ids.requirement(r.documentId(), r.ref()))
        .contains("req:nist-csf:2.0:gv", "req:nist-csf:2.0:gv.oc", "req:nist-csf:2.0:gv.oc-01");
  }

  @Test
  void sp80053CatalogGivesTheSeedDocumentAndItsFamiliesControlsAndEnhancements() {
    Fetched catalog = fetched("nist/oscal-sp800-53-r5-catalog.json", SP_JSON_URL, JSON);

    Parsed parsed = source.parse(catalog);

    assertThat(documents(parsed))
        .containsExactly(
            new DocumentRecord(
                SP,
                "NIST SP 800-53",
                "Revision 5",
                "Security and Privacy Controls for Information Systems and Organizations",
                "CATALOG",
                "FINAL",
                "Final",
                null,
                null,
                null,
                "pub:nist",
                List.of("US"),
                "https://csrc.nist.gov/pubs/sp/800/53/r5/upd1/final",
                "nist-sp-800-53",
                List.of(),
                null,
                List.of(),
                provenance(catalog)));
    assertThat(requirements(parsed))
        .extracting(
            RequirementRecord::ref,
            RequirementRecord::parentRef,
            RequirementRecord::title,
            RequirementRecord::obligation)
        .containsExactly(
            tuple("AC", null, "Access Control (AC)", "INFORMATIVE"),
            tuple("AC-1", "AC", "Policy and Procedures (AC-1)", "RECOMMENDED"),
            tuple("AC-2", "AC", "Account Management (AC-2)", "RECOMMENDED"),
            tuple(
                "AC-2(1)", "AC-2", "Automated System Account Management (AC-2(1))", "RECOMMENDED"),
            tuple("AC-7", "AC", "Unsuccessful Logon Attempts (AC-7)", "RECOMMENDED"),
            tuple("SC", null, "System and Communications Protection (SC)", "INFORMATIVE"),
            tuple("SC-8", "SC", "Transmission Confidentiality and Integrity (SC-8)", "RECOMMENDED"),
            tuple("SC-8(1)", "SC-8", "Cryptographic Protection (SC-8(1))", "RECOMMENDED"));
    assertThat(requirements(parsed)).allMatch(r -> r.documentId().equals(SP));
  }

  @Test
  void sp80053RefsAreTheDesignationsNotTheZeroPaddedLabels() throws IOException {
    Set<String> seedFamilies = seedRefs("nist-sp-800-53-r5.yaml");

    List<RequirementRecord> crawled = requirements(spJson());

    assertThat(crawled)
        .filteredOn(r -> r.parentRef() == null)
        .extracting(RequirementRecord::ref)
        .allMatch(seedFamilies::contains);
    assertThat(crawled)
        .extracting(r -> Ids.requirement(r.documentId(), r.ref()))
        .contains("req:nist-sp-800-53:r5:ac-2", "req:nist-sp-800-53:r5:ac-2-1");
  }

  @Test
  void statementsSpellOutParametersAsSp80053PrintsThem() {
    Parsed parsed = spJson();

    assertThat(requirement(parsed, "AC-1").text())
        .isEqualTo(
            """
            a. Develop, document, and disseminate to [Assignment: organization-defined personnel \
            or roles]:
            1. [Selection (one or more): organization-level; mission/business process-level; \
            system-level] access control policy that:
            (a) Addresses purpose, scope, roles, responsibilities, management commitment, \
            coordination among organizational entities, and compliance; and
            (b) Is consistent with applicable laws, executive orders, directives, regulations, \
            policies, standards, and guidelines; and
            2. Procedures to facilitate the implementation of the access control policy and the \
            associated access controls;
            b. Designate an [Assignment: organization-defined official] to manage the \
            development, documentation, and dissemination of the access control policy and \
            procedures; and
            c. Review and update the current access control:
            1. Policy [Assignment: organization-defined frequency] and following [Assignment: \
            organization-defined events]; and
            2. Procedures [Assignment: organization-defined frequency] and following [Assignment: \
            organization-defined events].""");
    assertThat(requirement(parsed, "AC-7").text())
        .isEqualTo(
            """
            a. Enforce a limit of [Assignment: organization-defined number] consecutive invalid \
            logon attempts by a user during a [Assignment: organization-defined time period]; and
            b. Automatically [Selection (one or more): lock the account or node for [Assignment: \
            organization-defined time period]; lock the account or node until released by an \
            administrator; delay next logon prompt per [Assignment: organization-defined delay \
            algorithm]; notify system administrator; take other [Assignment: \
            organization-defined action]] when the maximum number of unsuccessful attempts is \
            exceeded.""");
    assertThat(requirement(parsed, "SC-8").text())
        .isEqualTo(
            "Protect the [Selection (one or more): confidentiality; integrity] of transmitted"
                + " information.");
  }

  @Test
  void guidanceAndAssessmentPartsAreNotStatementText() {
    Parsed parsed = spJson();

    assertThat(requirement(parsed, "AC-2(1)").text())
        .isEqualTo(
            "Support the management of system accounts using [Assignment: organization-defined"
                + " automated mechanisms].");
    assertThat(requirement(parsed, "SC-8").text()).doesNotContain("is/are protected");
    assertThat(requirement(parsed, "AC").text()).isNull();
  }

  @Test
  void withdrawnControlsAndEnhancementsAreDropped() {
    assertThat(requirements(spJson()))
        .extracting(RequirementRecord::ref)
        .doesNotContain("AC-13", "AC-2(10)");
  }

  @Test
  void whatAWithdrawnControlHoldsIsDroppedWithIt() {
    String catalog =
        """
        {"catalog": {"uuid": "1f0c2b6e-4d5a-4e3b-8c7d-9a0b1c2d3e4f",
          "metadata": {"title": "NIST SP 800-53 Rev. 5", "version": "5.2.0"},
          "groups": [{"id": "sa", "class": "family", "title": "System and Services Acquisition",
            "controls": [{"id": "sa-12", "class": "SP800-53", "title": "Supply Chain Protection",
              "props": [{"name": "label", "value": "SA-12"},
                        {"name": "status", "value": "withdrawn"}],
              "controls": [{"id": "sa-12.1", "class": "SP800-53-enhancement",
                "title": "Acquisition Strategies / Tools / Methods",
                "props": [{"name": "label", "value": "SA-12(1)"}]}]}]}]}}
        """;

    Parsed parsed = source.parse(inline(catalog, SP_JSON_URL));

    assertThat(requirements(parsed)).extracting(RequirementRecord::ref).containsExactly("SA");
  }

  @ParameterizedTest
  @CsvSource({
    "nist/oscal-csf-2.0-catalog.json, nist/oscal-csf-2.0-catalog.xml",
    "nist/oscal-sp800-53-r5-catalog.json, nist/oscal-sp800-53-r5-catalog.xml"
  })
  void jsonAndXmlGiveTheSameRecords(String json, String xml) {
    Parsed fromJson = source.parse(fetched(json, SP_JSON_URL, JSON));
    Parsed fromXml = source.parse(fetched(xml, SP_XML_URL, TEXT));

    assertThat(fromJson.records()).hasSizeGreaterThan(8);
    assertSameRecords(fromXml, fromJson);
  }

  @Test
  void everyRecordCarriesTheProvenanceOfItsFetch() {
    Fetched catalog = fetched("nist/oscal-sp800-53-r5-catalog.xml", SP_XML_URL, TEXT);

    Parsed parsed = source.parse(catalog);

    assertThat(parsed.records())
        .extracting(CrawlRecord::provenance)
        .containsOnly(provenance(catalog));
    assertThat(parsed.links()).isEmpty();
  }

  @Test
  void theFormatIsToldByTheContentNotByTheAddress() {
    Parsed xmlAtAJsonAddress =
        source.parse(fetched("nist/oscal-csf-2.0-catalog.xml", CSF_JSON_URL, JSON));

    assertSameRecords(xmlAtAJsonAddress, csfXml());
  }

  @ParameterizedTest
  @CsvSource({"nist/oscal-sp800-53-r5-catalog.json", "nist/oscal-sp800-53-r5-catalog.xml"})
  void aByteOrderMarkAndWhiteSpaceBeforeTheCatalogAreSkipped(String fixture) {
    byte[] plain = Fixtures.bytes(fixture);
    byte[] prefix = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, '\r', '\n', ' '};
    byte[] body = Arrays.copyOf(prefix, prefix.length + plain.length);
    System.arraycopy(plain, 0, body, prefix.length, plain.length);

    Parsed parsed = source.parse(Fixtures.fetched(body, SP_JSON_URL, JSON, Fixtures.RETRIEVED));

    assertSameRecords(parsed, spJson());
  }

  @Test
  void aTruncatedJsonCatalogIsAParseFailureSayingSo() {
    assertThatThrownBy(() -> source.parse(fetched("nist/oscal-truncated.json", SP_JSON_URL, JSON)))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("malformed JSON")
        .hasMessageContaining("end-of-input")
        .hasMessageContaining(SP_JSON_URL);
  }

  @Test
  void aTruncatedXmlCatalogIsAParseFailureSayingSo() {
    byte[] whole = Fixtures.bytes("nist/oscal-sp800-53-r5-catalog.xml");
    byte[] cut = Arrays.copyOf(whole, whole.length / 2);

    assertThatThrownBy(
            () -> source.parse(Fixtures.fetched(cut, SP_XML_URL, TEXT, Fixtures.RETRIEVED)))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("malformed XML")
        .hasMessageContaining(SP_XML_URL);
  }

  @Test
  void aCatalogOfAnotherDocumentIsRefusedNamingItsTitle() {
    String url = OSCAL_CONTENT + "SP800-53/rev4/json/NIST_SP-800-53_rev4_catalog.json";

    assertThatThrownBy(
            () -> source.parse(fetched("nist/oscal-sp800-53-r4-catalog.json", url, JSON)))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining(
            "'NIST Special Publication 800-53 Revision 4: Security and Privacy Controls for"
                + " Federal Information Systems and Organizations'")
        .hasMessageContaining(url);
  }

  @Test
  void anOscalFileThatIsNotACatalogIsRefused() {
    String profile =
        """
        {"profile": {"uuid": "b1e3c5d7-0a2c-4e6f-8a1b-3c5d7e9f1a2b",
          "metadata": {"title": "NIST Special Publication 800-53 Revision 5 MODERATE IMPACT BASELINE"},
          "imports": [{"href": "NIST_SP-800-53_rev5_catalog.json"}]}}
        """;

    assertThatThrownBy(() -> source.parse(inline(profile, SP_JSON_URL)))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("not an OSCAL catalog")
        .hasMessageContaining("profile");
    assertThatThrownBy(
            () ->
                source.parse(
                    inline("<profile xmlns=\"http://csrc.nist.gov/ns/oscal/1.0\"/>", SP_XML_URL)))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("not an OSCAL catalog");
  }

  @Test
  void bodiesThatAreNeitherJsonNorXmlAreRefused() {
    assertThatThrownBy(() -> source.parse(inline("catalog:\n  uuid: x\n", SP_JSON_URL)))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("neither JSON nor XML");
    assertThatThrownBy(() -> source.parse(inline(" \n", SP_JSON_URL)))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("empty body");
  }

  @Test
  void externalEntitiesAreNeitherReadNorFetched() throws Exception {
    try (Xxe xxe = new Xxe()) {
      Fetched payload =
          Fixtures.fetched(xxe.arm("nist/oscal-xxe.xml"), CSF_XML_URL, TEXT, Fixtures.RETRIEVED);

      assertThatThrownBy(() -> source.parse(payload))
          .isInstanceOf(ParseException.class)
          .hasMessageContaining("DOCTYPE")
          .hasMessageNotContaining(xxe.secret());
      assertThat(xxe.requests()).isZero();
    }
  }

  @Test
  void addressesOnTheOscalHostOutsideTheOscalContentRepositoryAreRefused() {
    assertThatThrownBy(
            () ->
                source.parse(
                    fetched(
                        "nist/oscal-csf-2.0-catalog.json",
                        "https://raw.githubusercontent.com/someone/else/main/catalog.json",
                        JSON)))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("not a CSRC resource or OSCAL content file");
  }
}
