package dev.regintel.crawlers.source.uk;

import static dev.regintel.crawlers.source.Fixtures.fetched;
import static dev.regintel.crawlers.source.Fixtures.provenance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.regintel.crawlers.DocumentRecord;
import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.ParseException;
import dev.regintel.crawlers.Parsed;
import dev.regintel.crawlers.source.Fixtures;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GovUkSourceTests {

  private static final String JSON = "application/json; charset=utf-8";
  private static final String SEARCH_URL = GovUkSource.CYBER_SECURITY_CONSULTATIONS.toString();
  private static final String IOT_CONSULTATION =
      "/government/consultations/consultation-on-regulatory-proposals-on-consumer-iot-security";

  private final GovUkSource source = new GovUkSource();

  private static List<DocumentRecord> documents(Parsed parsed) {
    return parsed.records().stream().map(DocumentRecord.class::cast).toList();
  }

  @Test
  void searchResultsGiveOneConsultationPerConsultationResult() {
    Fetched search = fetched("gov-uk/search-consultations.json", SEARCH_URL, JSON);

    assertThat(documents(source.parse(search)))
        .containsExactly(
            new DocumentRecord(
                "doc:uk-dcms-consumer-iot-consultation:2019-05",
                "Consultation on regulatory proposals on consumer IoT security",
                null,
                "Consultation on regulatory proposals on consumer IoT security",
                "CONSULTATION",
                "FINAL",
                "Consultation (outcome published)",
                LocalDate.of(2019, 5, 1),
                LocalDate.of(2019, 5, 1),
                LocalDate.of(2019, 6, 5),
                "pub:dcms",
                List.of("GB"),
                "https://www.gov.uk" + IOT_CONSULTATION,
                "uk-consumer-iot-regulation",
                List.of(),
                "[Fixture description: placeholder wording.] Proposals for mandating baseline"
                    + " security requirements for consumer IoT products.",
                List.of(),
                provenance(search)),
            new DocumentRecord(
                "doc:uk-consultation-placeholder-consultation-on-app-store-security",
                "Placeholder consultation on app store security (fixture)",
                null,
                "Placeholder consultation on app store security (fixture)",
                "CONSULTATION",
                "FINAL",
                "Consultation (open)",
                LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 12, 10),
                "pub:dsit",
                List.of("GB"),
                "https://www.gov.uk/government/consultations/placeholder-consultation-on-app-store-security",
                "uk-consultation-placeholder-consultation-on-app-store-security",
                List.of(),
                "[Fixture description: placeholder wording.]",
                List.of(),
                provenance(search)),
            new DocumentRecord(
                "doc:uk-consultation-placeholder-closed-consultation-on-smart-meter-security",
                "Placeholder closed consultation on smart meter security (fixture)",
                null,
                "Placeholder closed consultation on smart meter security (fixture)",
                "CONSULTATION",
                "FINAL",
                "Consultation (closed)",
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 5, 25),
                "pub:hm-government",
                List.of("GB"),
                "https://www.gov.uk/government/consultations/placeholder-closed-consultation-on-smart-meter-security",
                "uk-consultation-placeholder-closed-consultation-on-smart-meter-security",
                List.of(),
                "[Fixture description: placeholder wording.]",
                List.of("publisher"),
                provenance(search)));
  }

  @Test
  void searchResultsLinkToEachConsultationsContentItem() {
    Parsed parsed = source.parse(fetched("gov-uk/search-consultations.json", SEARCH_URL, JSON));

    assertThat(parsed.links())
        .containsExactly(
            URI.create("https://www.gov.uk/api/content" + IOT_CONSULTATION),
            URI.create(
                "https://www.gov.uk/api/content/government/consultations/placeholder-consultation-on-app-store-security"),
            URI.create(
                "https://www.gov.uk/api/content/government/consultations/placeholder-closed-consultation-on-smart-meter-security"));
  }

  @Test
  void contentItemOfASeededConsultationMeetsTheSeedRecordById() {
    Fetched item =
        fetched(
            "gov-uk/content-consultation-outcome.json",
            "https://www.gov.uk/api/content" + IOT_CONSULTATION,
            JSON);

    assertThat(documents(source.parse(item)))
        .singleElement()
        .returns("doc:uk-dcms-consumer-iot-consultation:2019-05", DocumentRecord::id)
        .returns("Consultation (outcome published)", DocumentRecord::stage)
        .returns(LocalDate.of(2019, 5, 1), DocumentRecord::commentOpens)
        .returns(LocalDate.of(2019, 6, 5), DocumentRecord::commentCloses)
        .returns("pub:dcms", DocumentRecord::publisher)
        .returns(provenance(item), DocumentRecord::provenance);
  }

  @Test
  void contentItemOfAnOpenConsultationGivesItsCommentPeriod() {
    Fetched item =
        fetched(
            "gov-uk/content-open-consultation.json",
            "https://www.gov.uk/api/content/government/consultations/placeholder-consultation-on-app-store-security",
            JSON);

    assertThat(documents(source.parse(item)))
        .extracting(
            DocumentRecord::id,
            DocumentRecord::stage,
            DocumentRecord::commentOpens,
            DocumentRecord::commentCloses,
            DocumentRecord::publisher)
        .containsExactly(
            tuple(
                "doc:uk-consultation-placeholder-consultation-on-app-store-security",
                "Consultation (open)",
                LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 12, 10),
                "pub:dsit"));
  }

  @Test
  void jsonIsReadAsUtf8WhateverCharsetTheHeaderClaims() {
    Fetched item =
        fetched(
            "gov-uk/content-open-consultation.json",
            "https://www.gov.uk/api/content/government/consultations/placeholder-consultation-on-app-store-security",
            "application/json; charset=ISO-8859-1");

    assertThat(documents(source.parse(item)).getFirst().summary())
        .contains("app store operators \u2014 including \u201csecurity update\u201d notices");
  }

  @Test
  void aByteOrderMarkBeforeJsonIsSkipped() {
    byte[] plain = Fixtures.bytes("gov-uk/search-consultations.json");
    byte[] withBom = new byte[plain.length + 3];
    withBom[0] = (byte) 0xef;
    withBom[1] = (byte) 0xbb;
    withBom[2] = (byte) 0xbf;
    System.arraycopy(plain, 0, withBom, 3, plain.length);

    assertThat(
            documents(
                source.parse(Fixtures.fetched(withBom, SEARCH_URL, JSON, Fixtures.RETRIEVED))))
        .hasSize(3);
  }

  @Test
  void aContentItemThatIsNotAConsultationIsRefused() {
    assertThatThrownBy(
            () ->
                source.parse(
                    fetched(
                        "gov-uk/content-guidance.json",
                        "https://www.gov.uk/api/content/government/publications/placeholder-cyber-security-guidance",
                        JSON)))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("not a GOV.UK consultation");
  }

  @Test
  void truncatedJsonIsAParseFailure() {
    assertThatThrownBy(
            () ->
                source.parse(
                    fetched("gov-uk/search-consultations-truncated.json", SEARCH_URL, JSON)))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("malformed JSON");
  }

  @Test
  void sourceReadsTheGovUkApisOnly() {
    assertThat(source.name()).isEqualTo("gov-uk");
    assertThat(source.hosts()).containsExactly("www.gov.uk");
    assertThat(source.entryPoints()).containsExactly(GovUkSource.CYBER_SECURITY_CONSULTATIONS);
    assertThatThrownBy(
            () ->
                source.parse(
                    fetched(
                        "gov-uk/search-consultations.json",
                        "https://www.gov.uk/government/consultations",
                        "text/html")))
        .isInstanceOf(ParseException.class);
  }
}
