package dev.regintel.crawlers.source.uk;

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
import dev.regintel.ontology.Sha256;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegislationGovUkSourceTests {

  private static final String ATOM = "application/atom+xml";
  private static final String XML = "application/xml";
  private static final String CLML_URL = LegislationGovUkSource.PSTI_REGULATIONS.toString();
  private static final String PSTI_TITLE =
      "The Product Security and Telecommunications Infrastructure (Security Requirements for"
          + " Relevant Connectable Products) Regulations 2023";

  private final LegislationGovUkSource source = new LegislationGovUkSource();

  private static List<DocumentRecord> documents(Parsed parsed) {
    return parsed.records().stream().map(DocumentRecord.class::cast).toList();
  }

  private static List<RequirementRecord> requirements(Parsed parsed) {
    return parsed.records().stream()
        .filter(RequirementRecord.class::isInstance)
        .map(RequirementRecord.class::cast)
        .toList();
  }

  private static RequirementRecord requirement(Parsed parsed, String ref) {
    return requirements(parsed).stream().filter(r -> r.ref().equals(ref)).findFirst().orElseThrow();
  }

  @Test
  void newLegislationFeedGivesADocumentPerEntryOfAKnownType() {
    Fetched feed =
        fetched(
            "legislation-gov-uk/new-data.feed",
            LegislationGovUkSource.NEW_LEGISLATION.toString(),
            ATOM);

    Parsed parsed = source.parse(feed);

    assertThat(documents(parsed))
        .containsExactly(
            new DocumentRecord(
                "doc:uk-si-2023-1007",
                "SI 2023/1007",
                null,
                PSTI_TITLE,
                "REGULATION",
                "FINAL",
                "Made (statutory instrument)",
                LocalDate.of(2023, 9, 14),
                null,
                null,
                "pub:uk-national-archives",
                List.of("GB"),
                "https://www.legislation.gov.uk/uksi/2023/1007",
                null,
                List.of(),
                "[Fixture summary: placeholder wording.] These Regulations specify security"
                    + " requirements for relevant connectable products.",
                List.of("publisher"),
                provenance(feed)),
            new DocumentRecord(
                "doc:uk-ssi-2023-999",
                "SSI 2023/999",
                null,
                "The Placeholder (Scotland) Regulations 2023",
                "REGULATION",
                "FINAL",
                "Made",
                LocalDate.of(2023, 9, 12),
                null,
                null,
                "pub:uk-national-archives",
                List.of("GB"),
                "https://www.legislation.gov.uk/ssi/2023/999",
                null,
                List.of(),
                null,
                List.of("publisher"),
                provenance(feed)));
    assertThat(parsed.links()).isEmpty();
  }

  @Test
  void searchFeedGivesActsInstrumentsAndDraftsTheirSeedIds() {
    Fetched feed =
        fetched(
            "legislation-gov-uk/search-product-security.feed",
            LegislationGovUkSource.PRODUCT_SECURITY_SEARCH.toString(),
            ATOM);

    assertThat(documents(source.parse(feed)))
        .extracting(
            DocumentRecord::id,
            DocumentRecord::code,
            DocumentRecord::kind,
            DocumentRecord::status,
            DocumentRecord::stage,
            DocumentRecord::published,
            DocumentRecord::publisher)
        .containsExactly(
            tuple(
                "doc:uk-ukpga-2022-46",
                "2022 c. 46",
                "LAW",
                "FINAL",
                "Enacted (Royal Assent)",
                LocalDate.of(2022, 12, 6),
                "pub:uk-parliament"),
            tuple(
                "doc:uk-si-2023-1007",
                "SI 2023/1007",
                "REGULATION",
                "FINAL",
                "Made (statutory instrument)",
                LocalDate.of(2023, 9, 14),
                "pub:uk-national-archives"),
            tuple(
                "doc:uk-ukdsi-2023-9780348249767",
                "UKDSI 2023/9780348249767",
                "REGULATION",
                "DRAFT",
                "Draft statutory instrument",
                LocalDate.of(2023, 7, 10),
                "pub:uk-national-archives"));
  }

  @Test
  void clmlGivesTheMadeInstrumentInForceOnceItsCommencementHasPassed() {
    Fetched clml = fetched("legislation-gov-uk/uksi-2023-1007-made.xml", CLML_URL, XML);

    assertThat(source.parse(clml).records().getFirst())
        .isEqualTo(
            new DocumentRecord(
                "doc:uk-si-2023-1007",
                "SI 2023/1007",
                null,
                PSTI_TITLE,
                "REGULATION",
                "IN_FORCE",
                "Made (statutory instrument)",
                LocalDate.of(2023, 9, 14),
                null,
                null,
                "pub:uk-national-archives",
                List.of("GB"),
                "https://www.legislation.gov.uk/uksi/2023/1007/made",
                null,
                List.of(),
                null,
                List.of("publisher"),
                provenance(clml)));
  }

  @Test
  void clmlFetchedBeforeCommencementIsMadeButNotYetInForce() {
    Fetched early =
        Fixtures.fetched(
            Fixtures.bytes("legislation-gov-uk/uksi-2023-1007-made.xml"),
            CLML_URL,
            XML,
            Instant.parse("2023-10-01T00:00:00Z"));

    assertThat(((DocumentRecord) source.parse(early).records().getFirst()).status())
        .isEqualTo("FINAL");
  }

  @Test
  void schedulesBecomeRequirementsWithTheSeedsRefsInDocumentOrder() {
    Parsed parsed =
        source.parse(fetched("legislation-gov-uk/uksi-2023-1007-made.xml", CLML_URL, XML));

    assertThat(requirements(parsed))
        .extracting(
            RequirementRecord::ref, RequirementRecord::parentRef, RequirementRecord::obligation)
        .containsExactly(
            tuple("Sch. 1", null, "INFORMATIVE"),
            tuple("Sch. 1 para. 1", "Sch. 1", "MANDATORY"),
            tuple("Sch. 1 para. 1(1)", "Sch. 1 para. 1", "INFORMATIVE"),
            tuple("Sch. 1 para. 1(1)(a)", "Sch. 1 para. 1(1)", "INFORMATIVE"),
            tuple("Sch. 1 para. 1(1)(b)", "Sch. 1 para. 1(1)", "INFORMATIVE"),
            tuple("Sch. 1 para. 1(1)(c)", "Sch. 1 para. 1(1)", "INFORMATIVE"),
            tuple("Sch. 1 para. 1(1)(c)(i)", "Sch. 1 para. 1(1)(c)", "INFORMATIVE"),
            tuple("Sch. 1 para. 1(1)(c)(ii)", "Sch. 1 para. 1(1)(c)", "INFORMATIVE"),
            tuple("Sch. 1 para. 1(1)(c)(iii)", "Sch. 1 para. 1(1)(c)", "INFORMATIVE"),
            tuple("Sch. 1 para. 1(2)", "Sch. 1 para. 1", "MANDATORY"),
            tuple("Sch. 1 para. 1(2)(a)", "Sch. 1 para. 1(2)", "MANDATORY"),
            tuple("Sch. 1 para. 1(2)(b)", "Sch. 1 para. 1(2)", "MANDATORY"),
            tuple("Sch. 1 para. 1(3)", "Sch. 1 para. 1", "MANDATORY"),
            tuple("Sch. 1 para. 1(3)(a)", "Sch. 1 para. 1(3)", "MANDATORY"),
            tuple("Sch. 1 para. 1(3)(b)", "Sch. 1 para. 1(3)", "MANDATORY"),
            tuple("Sch. 1 para. 1(3)(c)", "Sch. 1 para. 1(3)", "MANDATORY"),
            tuple("Sch. 1 para. 1(3)(d)", "Sch. 1 para. 1(3)", "MANDATORY"),
            tuple("Sch. 1 para. 1(4)", "Sch. 1 para. 1", "INFORMATIVE"),
            tuple("Sch. 1 para. 1(4)(a)", "Sch. 1 para. 1(4)", "INFORMATIVE"),
            tuple("Sch. 1 para. 1(4)(b)", "Sch. 1 para. 1(4)", "INFORMATIVE"),
            tuple("Sch. 1 para. 1(4)(c)", "Sch. 1 para. 1(4)", "INFORMATIVE"),
            tuple("Sch. 1 para. 2", "Sch. 1", "MANDATORY"),
            tuple("Sch. 1 para. 2(1)", "Sch. 1 para. 2", "MANDATORY"),
            tuple("Sch. 1 para. 3", "Sch. 1", "MANDATORY"),
            tuple("Sch. 1 para. 3(2)", "Sch. 1 para. 3", "MANDATORY"),
            tuple("Sch. 1 para. 3(4)", "Sch. 1 para. 3", "MANDATORY"),
            tuple("Sch. 1 para. 3(4)(a)", "Sch. 1 para. 3(4)", "MANDATORY"),
            tuple("Sch. 1 para. 3(4)(b)", "Sch. 1 para. 3(4)", "MANDATORY"),
            tuple("Sch. 2", null, "INFORMATIVE"),
            tuple("Sch. 2 para. 2", "Sch. 2", "INFORMATIVE"),
            tuple("Sch. 2 para. 2(1)", "Sch. 2 para. 2", "INFORMATIVE"),
            tuple("Sch. 2 para. 2(2)", "Sch. 2 para. 2", "INFORMATIVE"),
            tuple("Sch. 2 para. 2(2)(a)", "Sch. 2 para. 2(2)", "INFORMATIVE"),
            tuple("Sch. 2 para. 2(2)(b)", "Sch. 2 para. 2(2)", "INFORMATIVE"),
            tuple("Sch. 2 para. 2(2)(b)(i)", "Sch. 2 para. 2(2)(b)", "INFORMATIVE"),
            tuple("Sch. 2 para. 2(2)(b)(ii)", "Sch. 2 para. 2(2)(b)", "INFORMATIVE"),
            tuple("Sch. 2 para. 2(2)(b)(iii)", "Sch. 2 para. 2(2)(b)", "INFORMATIVE"));
    assertThat(parsed.records()).hasSize(38);
  }

  @Test
  void requirementIdsMeetTheSeedsIds() {
    Parsed parsed =
        source.parse(fetched("legislation-gov-uk/uksi-2023-1007-made.xml", CLML_URL, XML));

    assertThat(requirements(parsed))
        .extracting(r -> Ids.requirement(r.documentId(), r.ref()))
        .contains(
            "req:uk-si-2023-1007:sch-1",
            "req:uk-si-2023-1007:sch-1-para-1",
            "req:uk-si-2023-1007:sch-1-para-1-1",
            "req:uk-si-2023-1007:sch-1-para-1-3-a",
            "req:uk-si-2023-1007:sch-2-para-2-2-b");
  }

  @Test
  void provisionTextIsTheOfficialWordingWithItsItemsInline() {
    Parsed parsed =
        source.parse(fetched("legislation-gov-uk/uksi-2023-1007-made.xml", CLML_URL, XML));

    assertThat(requirement(parsed, "Sch. 1 para. 1(2)").text())
        .isEqualTo(
            "Passwords must be— (a) unique per product; or (b) defined by the user of the"
                + " product.");
    assertThat(requirement(parsed, "Sch. 1 para. 1(1)").text())
        .isEqualTo(
            "The following sub-paragraphs apply to— (a) hardware of the product when that product"
                + " is not in the factory default state; (b) software which is pre-installed on"
                + " the product at the point at which the product is supplied to a customer when"
                + " the product is not in the factory default state; (c) software which is not"
                + " pre-installed on the product at the point at which the product is supplied to"
                + " a customer and which must be installed on the product for all manufacturer’s"
                + " intended purposes of the product that use— (i) hardware; (ii) software that"
                + " is pre-installed at the point at which the product is supplied to a customer;"
                + " or (iii) software that is installable.");
    assertThat(requirement(parsed, "Sch. 1 para. 1(3)(a)").text())
        .isEqualTo("based on incremental counters;");
    assertThat(requirement(parsed, "Sch. 2 para. 2(2)").text())
        .startsWith("The condition is that the manufacturer complies with— (a) provision 5.2-1")
        .endsWith(
            "(iii) paragraph 6.5 as if the provision of ETSI EN 303 645 or the paragraphs of"
                + " ISO/IEC29147 apply to the categories of hardware and software specified in"
                + " paragraph 2(1) of Schedule 1.");
  }

  @Test
  void schedulesAndParagraphGroupsGiveTitles() {
    Parsed parsed =
        source.parse(fetched("legislation-gov-uk/uksi-2023-1007-made.xml", CLML_URL, XML));

    assertThat(requirement(parsed, "Sch. 1").title())
        .isEqualTo("Security requirements for manufacturers");
    assertThat(requirement(parsed, "Sch. 1").text()).isNull();
    assertThat(requirement(parsed, "Sch. 1 para. 1").title()).isEqualTo("Passwords");
    assertThat(requirement(parsed, "Sch. 1 para. 3").title())
        .isEqualTo("Information on minimum security update periods");
    assertThat(requirement(parsed, "Sch. 1 para. 1(2)").title()).isNull();
    assertThat(requirement(parsed, "Sch. 2 para. 2").title()).isNull();
  }

  @Test
  void everyRecordCarriesTheProvenanceOfTheFetch() {
    Fetched clml = fetched("legislation-gov-uk/uksi-2023-1007-made.xml", CLML_URL, XML);

    assertThat(source.parse(clml).records())
        .extracting(CrawlRecord::provenance)
        .containsOnly(provenance(clml));
    assertThat(provenance(clml).sha256())
        .isEqualTo(Sha256.hex(Fixtures.bytes("legislation-gov-uk/uksi-2023-1007-made.xml")));
  }

  @Test
  void truncatedClmlIsAParseFailure() {
    assertThatThrownBy(
            () ->
                source.parse(
                    fetched("legislation-gov-uk/uksi-2023-1007-truncated.xml", CLML_URL, XML)))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("malformed XML")
        .hasMessageContaining(CLML_URL);
  }

  @Test
  void externalEntitiesAreNeitherReadNorFetched() throws Exception {
    try (Xxe xxe = new Xxe()) {
      Fetched payload =
          Fixtures.fetched(
              xxe.arm("legislation-gov-uk/uksi-xxe.xml"), CLML_URL, XML, Fixtures.RETRIEVED);

      assertThatThrownBy(() -> source.parse(payload))
          .isInstanceOf(ParseException.class)
          .hasMessageContaining("DOCTYPE")
          .hasMessageNotContaining(xxe.secret());
      assertThat(xxe.requests()).isZero();
    }
  }

  @Test
  void anXxePayloadInAFeedIsRefusedToo() throws Exception {
    try (Xxe xxe = new Xxe()) {
      Fetched payload =
          Fixtures.fetched(
              xxe.arm("legislation-gov-uk/uksi-xxe.xml"),
              LegislationGovUkSource.NEW_LEGISLATION.toString(),
              ATOM,
              Fixtures.RETRIEVED);

      assertThatThrownBy(() -> source.parse(payload))
          .isInstanceOf(ParseException.class)
          .hasMessageNotContaining(xxe.secret());
      assertThat(xxe.requests()).isZero();
    }
  }

  @Test
  void aByteOrderMarkBeforeTheXmlDeclarationIsAccepted() {
    byte[] plain = Fixtures.bytes("legislation-gov-uk/uksi-2023-1007-made.xml");
    byte[] withBom = new byte[plain.length + 3];
    withBom[0] = (byte) 0xef;
    withBom[1] = (byte) 0xbb;
    withBom[2] = (byte) 0xbf;
    System.arraycopy(plain, 0, withBom, 3, plain.length);

    Parsed parsed =
        source.parse(Fixtures.fetched(withBom, CLML_URL, "text/xml", Fixtures.RETRIEVED));

    assertThat(parsed.records()).hasSize(38);
    assertThat(requirement(parsed, "Sch. 1 para. 1(1)").text()).contains("manufacturer’s");
  }

  @Test
  void addressesThisSourceDoesNotReadAreRefused() {
    assertThatThrownBy(
            () ->
                source.parse(
                    fetched(
                        "legislation-gov-uk/new-data.feed",
                        "https://www.legislation.gov.uk/uksi/2023/1007/contents/made",
                        "text/html")))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("not a legislation.gov.uk resource");
  }

  @Test
  void sourceReadsLegislationGovUkOnly() {
    assertThat(source.name()).isEqualTo("legislation-gov-uk");
    assertThat(source.hosts()).containsExactly("www.legislation.gov.uk");
    assertThat(source.entryPoints())
        .containsExactly(
            LegislationGovUkSource.NEW_LEGISLATION,
            LegislationGovUkSource.PRODUCT_SECURITY_SEARCH,
            LegislationGovUkSource.PSTI_REGULATIONS);
  }
}
