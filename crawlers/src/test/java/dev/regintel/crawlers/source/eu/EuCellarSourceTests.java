package dev.regintel.crawlers.source.eu;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EuCellarSourceTests {

  private static final String XHTML = "application/xhtml+xml;charset=UTF-8";

  /** Where CELLAR's content negotiation ends up: a manifestation address without the CELEX. */
  private static final String NIS2_URL =
      "https://publications.europa.eu/resource/cellar/00000000-0000-4000-8000-000000000000.0006.03/DOC_1";

  private static final String CRA_URL = EuCellarSource.CYBER_RESILIENCE_ACT.toString();

  private final EuCellarSource source = new EuCellarSource();

  private static List<RequirementRecord> requirements(Parsed parsed) {
    return parsed.records().stream()
        .filter(RequirementRecord.class::isInstance)
        .map(RequirementRecord.class::cast)
        .toList();
  }

  private static RequirementRecord requirement(Parsed parsed, String ref) {
    return requirements(parsed).stream().filter(r -> r.ref().equals(ref)).findFirst().orElseThrow();
  }

  private Parsed nis2() {
    return source.parse(fetched("eu/celex-32022L2555.xhtml", NIS2_URL, XHTML));
  }

  @Test
  void actIsIdentifiedFromItsTitleAndMeetsTheSeedRecord() {
    Fetched nis2 = fetched("eu/celex-32022L2555.xhtml", NIS2_URL, XHTML);

    assertThat(source.parse(nis2).records().getFirst())
        .isEqualTo(
            new DocumentRecord(
                "doc:eu-2022-2555",
                "Directive (EU) 2022/2555",
                null,
                "Directive (EU) 2022/2555 of the European Parliament and of the Council of 14"
                    + " December 2022 on measures for a high common level of cybersecurity across"
                    + " the Union, amending Regulation (EU) No 910/2014 and Directive (EU)"
                    + " 2018/1972, and repealing Directive (EU) 2016/1148 (NIS 2 Directive)",
                "DIRECTIVE",
                "IN_FORCE",
                "Adopted act (published in the Official Journal)",
                LocalDate.of(2022, 12, 14),
                null,
                null,
                "pub:eu-legislator",
                List.of("EU"),
                "https://eur-lex.europa.eu/eli/dir/2022/2555/oj",
                null,
                List.of("doc:eu-2016-1148"),
                null,
                List.of(),
                provenance(nis2)));
  }

  @Test
  void articlesParagraphsAndPointsBecomeRequirementsWithTheSeedsRefs() {
    Parsed parsed = nis2();

    assertThat(requirements(parsed))
        .extracting(
            RequirementRecord::ref, RequirementRecord::parentRef, RequirementRecord::obligation)
        .containsExactly(
            tuple("Art. 21", null, "INFORMATIVE"),
            tuple("Art. 21(1)", "Art. 21", "MANDATORY"),
            tuple("Art. 21(2)", "Art. 21", "MANDATORY"),
            tuple("Art. 21(2)(a)", "Art. 21(2)", "MANDATORY"),
            tuple("Art. 21(2)(b)", "Art. 21(2)", "MANDATORY"),
            tuple("Art. 21(2)(c)", "Art. 21(2)", "MANDATORY"),
            tuple("Art. 21(2)(d)", "Art. 21(2)", "MANDATORY"),
            tuple("Art. 21(2)(e)", "Art. 21(2)", "MANDATORY"),
            tuple("Art. 21(2)(f)", "Art. 21(2)", "MANDATORY"),
            tuple("Art. 21(2)(g)", "Art. 21(2)", "MANDATORY"),
            tuple("Art. 21(2)(h)", "Art. 21(2)", "MANDATORY"),
            tuple("Art. 21(2)(i)", "Art. 21(2)", "MANDATORY"),
            tuple("Art. 21(2)(j)", "Art. 21(2)", "CONDITIONAL"),
            tuple("Art. 21(3)", "Art. 21", "MANDATORY"),
            tuple("Art. 21(4)", "Art. 21", "MANDATORY"),
            tuple("Art. 21(5)", "Art. 21", "INFORMATIVE"),
            tuple("Art. 45", null, "INFORMATIVE"));
    assertThat(parsed.records()).hasSize(18);
    assertThat(parsed.links()).isEmpty();
  }

  @Test
  void requirementIdsMeetTheSeedsIds() {
    assertThat(requirements(nis2()))
        .extracting(r -> Ids.requirement(r.documentId(), r.ref()))
        .contains(
            "req:eu-2022-2555:art-21",
            "req:eu-2022-2555:art-21-2",
            "req:eu-2022-2555:art-21-2-d",
            "req:eu-2022-2555:art-21-2-j");
  }

  @Test
  void paragraphTextIsItsOwnSubparagraphsWithoutItsPoints() {
    Parsed parsed = nis2();

    assertThat(requirement(parsed, "Art. 21").title())
        .isEqualTo("Cybersecurity risk-management measures");
    assertThat(requirement(parsed, "Art. 21").text()).isNull();
    assertThat(requirement(parsed, "Art. 21(1)").text())
        .startsWith("Member States shall ensure that essential and important entities take")
        .contains("on other services.\nTaking into account the state-of-the-art")
        .endsWith(
            "the entity’s size and the likelihood of occurrence of incidents and their"
                + " severity, including their societal and economic impact.");
    assertThat(requirement(parsed, "Art. 21(2)").text())
        .isEqualTo(
            "The measures referred to in paragraph 1 shall be based on an all-hazards approach"
                + " that aims to protect network and information systems and the physical"
                + " environment of those systems from incidents, and shall include at least the"
                + " following:");
    assertThat(requirement(parsed, "Art. 21(2)(d)").text())
        .isEqualTo(
            "supply chain security, including security-related aspects concerning the"
                + " relationships between each entity and its direct suppliers or service"
                + " providers;");
    assertThat(requirement(parsed, "Art. 45").text())
        .isEqualTo(
            "This Directive shall enter into force on the twentieth day following that of its"
                + " publication in the Official Journal of the European Union.");
  }

  @Test
  void footnoteMarkersAreDroppedFromTheText() {
    assertThat(requirement(nis2(), "Art. 21(5)").text())
        .endsWith("methodological requirements of the measures.");
  }

  @Test
  void recitalsAreNotRequirements() {
    assertThat(requirements(nis2()))
        .extracting(RequirementRecord::text)
        .noneMatch(text -> text != null && text.contains("Fixture recital"));
  }

  @Test
  void annexesGiveTheirPartsItemsAndPointsWithTheSeedsRefs() {
    Parsed parsed = source.parse(fetched("eu/celex-32024R2847.xhtml", CRA_URL, XHTML));

    assertThat(requirements(parsed))
        .extracting(
            RequirementRecord::ref, RequirementRecord::parentRef, RequirementRecord::obligation)
        .containsExactly(
            tuple("Art. 14", null, "INFORMATIVE"),
            tuple("Art. 14(1)", "Art. 14", "MANDATORY"),
            tuple("Art. 14(2)", "Art. 14", "INFORMATIVE"),
            tuple("Art. 14(2)(a)", "Art. 14(2)", "INFORMATIVE"),
            tuple("Art. 14(2)(b)", "Art. 14(2)", "INFORMATIVE"),
            tuple("Art. 71", null, "INFORMATIVE"),
            tuple("Art. 71(1)", "Art. 71", "INFORMATIVE"),
            tuple("Art. 71(2)", "Art. 71", "INFORMATIVE"),
            tuple("Annex I", null, "INFORMATIVE"),
            tuple("Annex I Part I", "Annex I", "INFORMATIVE"),
            tuple("Annex I Part I (1)", "Annex I Part I", "MANDATORY"),
            tuple("Annex I Part I (2)", "Annex I Part I", "MANDATORY"),
            tuple("Annex I Part I (2)(a)", "Annex I Part I (2)", "MANDATORY"),
            tuple("Annex I Part I (2)(b)", "Annex I Part I (2)", "MANDATORY"),
            tuple("Annex I Part I (2)(c)", "Annex I Part I (2)", "MANDATORY"),
            tuple("Annex I Part I (2)(d)", "Annex I Part I (2)", "MANDATORY"),
            tuple("Annex I Part I (2)(e)", "Annex I Part I (2)", "MANDATORY"),
            tuple("Annex I Part I (2)(f)", "Annex I Part I (2)", "MANDATORY"),
            tuple("Annex I Part I (2)(g)", "Annex I Part I (2)", "MANDATORY"),
            tuple("Annex I Part I (2)(h)", "Annex I Part I (2)", "MANDATORY"),
            tuple("Annex I Part I (2)(i)", "Annex I Part I (2)", "MANDATORY"),
            tuple("Annex I Part I (2)(j)", "Annex I Part I (2)", "MANDATORY"),
            tuple("Annex I Part I (2)(k)", "Annex I Part I (2)", "MANDATORY"),
            tuple("Annex I Part I (2)(l)", "Annex I Part I (2)", "MANDATORY"),
            tuple("Annex I Part I (2)(m)", "Annex I Part I (2)", "MANDATORY"),
            tuple("Annex I Part II", "Annex I", "MANDATORY"),
            tuple("Annex I Part II (1)", "Annex I Part II", "MANDATORY"),
            tuple("Annex I Part II (2)", "Annex I Part II", "MANDATORY"),
            tuple("Annex I Part II (3)", "Annex I Part II", "MANDATORY"));
    assertThat(parsed.records()).hasSize(30);
    assertThat(requirements(parsed))
        .extracting(r -> Ids.requirement(r.documentId(), r.ref()))
        .contains("req:eu-2024-2847:annex-i-part-i-2-a", "req:eu-2024-2847:annex-i-part-ii-1");
  }

  @Test
  void annexTitlesAndLeadInsAreRead() {
    Parsed parsed = source.parse(fetched("eu/celex-32024R2847.xhtml", CRA_URL, XHTML));

    assertThat(requirement(parsed, "Annex I").title())
        .isEqualTo("Essential cybersecurity requirements");
    assertThat(requirement(parsed, "Annex I Part I").title())
        .isEqualTo(
            "Cybersecurity requirements relating to the properties of products with digital"
                + " elements");
    assertThat(requirement(parsed, "Annex I Part II").title())
        .isEqualTo("Vulnerability handling requirements");
    assertThat(requirement(parsed, "Annex I Part II").text())
        .isEqualTo("Manufacturers of products with digital elements shall:");
    assertThat(requirement(parsed, "Annex I Part I (2)").text())
        .isEqualTo(
            "On the basis of the cybersecurity risk assessment referred to in Article 13(2) and"
                + " where applicable, products with digital elements shall:");
    assertThat(requirement(parsed, "Annex I Part I (2)(a)").text())
        .isEqualTo("be made available on the market without known exploitable vulnerabilities;");
  }

  @Test
  void regulationDocumentRecordMeetsTheSeedRecord() {
    Fetched cra = fetched("eu/celex-32024R2847.xhtml", CRA_URL, XHTML);

    assertThat((DocumentRecord) source.parse(cra).records().getFirst())
        .returns("doc:eu-2024-2847", DocumentRecord::id)
        .returns("Regulation (EU) 2024/2847", DocumentRecord::code)
        .returns("REGULATION", DocumentRecord::kind)
        .returns("IN_FORCE", DocumentRecord::status)
        .returns(LocalDate.of(2024, 10, 23), DocumentRecord::published)
        .returns("https://eur-lex.europa.eu/eli/reg/2024/2847/oj", DocumentRecord::url)
        .returns(List.of(), DocumentRecord::supersedes)
        .returns(provenance(cra), DocumentRecord::provenance);
  }

  @Test
  void anActFetchedBeforeItsEntryIntoForceIsFinal() {
    Fetched early =
        Fixtures.fetched(
            Fixtures.bytes("eu/celex-32024R2847.xhtml"),
            CRA_URL,
            XHTML,
            Instant.parse("2024-12-09T12:00:00Z"));

    assertThat(((DocumentRecord) source.parse(early).records().getFirst()).status())
        .isEqualTo("FINAL");
  }

  @Test
  void everyRecordCarriesTheProvenanceOfTheFetch() {
    Fetched cra = fetched("eu/celex-32024R2847.xhtml", CRA_URL, XHTML);

    assertThat(source.parse(cra).records())
        .extracting(CrawlRecord::provenance)
        .containsOnly(provenance(cra));
  }

  @Test
  void theDocumentsOwnEncodingWinsOverAWrongHeaderCharset() {
    Parsed parsed =
        source.parse(
            fetched("eu/celex-32022L2555.xhtml", NIS2_URL, "text/html; charset=ISO-8859-1"));

    assertThat(requirement(parsed, "Art. 21(1)").text()).contains("the entity’s exposure");
  }

  @Test
  void malformedMarkupIsReadAsFarAsItGoes() {
    Parsed parsed =
        source.parse(fetched("eu/celex-32022L2555-malformed.xhtml", NIS2_URL, "text/html"));

    assertThat(parsed.records().getFirst())
        .extracting(r -> ((DocumentRecord) r).id())
        .isEqualTo("doc:eu-2022-2555");
    assertThat(requirements(parsed))
        .extracting(RequirementRecord::ref, RequirementRecord::text)
        .containsExactly(
            tuple("Art. 21", null),
            tuple(
                "Art. 21(2)",
                "The measures referred to in paragraph 1 shall be based on an all-hazards"
                    + " approach that aims to protect network and information systems and the"
                    + " physical environment of those systems from incidents, and shall include at"
                    + " least the following:"),
            tuple("Art. 21(2)(a)", "policies on risk analysis and information system security;"),
            tuple("Art. 21(2)(b)", "incident handling;"),
            tuple("Art. 45", "[Fixture text: unclosed tags above on purpose.]"));
  }

  @Test
  void entitiesDeclaredInADoctypeAreNeitherReadNorFetched() throws Exception {
    try (Xxe xxe = new Xxe()) {
      Fetched payload =
          Fixtures.fetched(xxe.arm("eu/celex-xxe.xhtml"), CRA_URL, XHTML, Fixtures.RETRIEVED);

      Parsed parsed = source.parse(payload);

      assertThat(parsed.records())
          .allSatisfy(record -> assertThat(record.toString()).doesNotContain(xxe.secret()));
      assertThat(requirement(parsed, "Art. 1").text()).isEqualTo("&remote;");
      assertThat(xxe.requests()).isZero();
    }
  }

  @Test
  void aChallengePageInsteadOfTheActIsAParseFailure() {
    assertThatThrownBy(
            () -> source.parse(fetched("eu/eurlex-challenge.html", NIS2_URL, "text/html")))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("no Official Journal act title")
        .hasMessageContaining(NIS2_URL);
  }

  @Test
  void sourceReadsCellarOnly() {
    assertThat(source.name()).isEqualTo("eu");
    assertThat(source.hosts()).containsExactly("publications.europa.eu");
    assertThat(source.entryPoints())
        .containsExactly(EuCellarSource.NIS2, EuCellarSource.CYBER_RESILIENCE_ACT);
  }
}
