package dev.regintel.crawlers.source.first;

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
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FirstSourceTests {

  private static final String NEWS_URL = FirstSource.NEWS.toString();
  private static final String JSON = "application/json";
  private static final String HTML_UTF8 = "text/html; charset=utf-8";

  private final FirstSource source = new FirstSource();

  private static List<DocumentRecord> documents(Parsed parsed) {
    return parsed.records().stream().map(DocumentRecord.class::cast).toList();
  }

  private Parsed page(String fixture, URI url, String contentType) {
    return source.parse(fetched("first/" + fixture, url.toString(), contentType));
  }

  @Test
  void newsApiGivesOnePressReleasePerDatedEntry() {
    List<DocumentRecord> releases =
        documents(source.parse(fetched("first/news.json", NEWS_URL, JSON)));

    assertThat(releases)
        .extracting(
            DocumentRecord::id,
            DocumentRecord::published,
            DocumentRecord::url,
            DocumentRecord::unverified)
        .containsExactly(
            tuple(
                "doc:first-press-release:2026-03-02-annual-first-conference-2026-registration-opens",
                LocalDate.of(2026, 3, 2),
                "https://www.first.org/newsroom/releases/20260302-conference",
                List.of()),
            tuple(
                "doc:first-press-release:2024-06-10-first-fixture-release-without-a-published-date",
                LocalDate.of(2024, 6, 10),
                "https://www.first.org/newsroom/releases/20240610",
                List.of("published")),
            tuple(
                "doc:first-press-release:2023-11-01-first-has-officially-published-the-latest-version-of-the",
                LocalDate.of(2023, 11, 1),
                "https://www.first.org/newsroom/releases/20231101",
                List.of()),
            tuple(
                "doc:first-press-release:2020-03-12-first-releases-version-2.1-of-the-csirt-services-framework",
                LocalDate.of(2020, 3, 12),
                "https://www.first.org/newsroom/releases/20200312",
                List.of()),
            tuple(
                "doc:first-press-release:2019-07-12-cvss-v3.1",
                LocalDate.of(2019, 7, 12),
                "https://www.first.org/newsroom/releases/20190712",
                List.of()),
            tuple(
                "doc:first-press-release:2017-05-24-first-releases-csirt-services-framework-1.1",
                // "EDT" is no RFC 1123 zone; the date is still read
                LocalDate.of(2017, 5, 24),
                "https://www.first.org/newsroom/releases/20170524",
                List.of()));
  }

  @Test
  void theCvss31ReleaseMeetsItsSeedRecord() {
    Fetched news = fetched("first/news.json", NEWS_URL, JSON);

    assertThat(documents(source.parse(news)))
        .contains(
            new DocumentRecord(
                "doc:first-press-release:2019-07-12-cvss-v3.1",
                "FIRST press release 2019-07-12",
                null,
                "FIRST publishes updated Common Vulnerability Scoring System for worldwide"
                    + " security teams",
                "PRESS_RELEASE",
                "FINAL",
                null,
                LocalDate.of(2019, 7, 12),
                null,
                null,
                "pub:first",
                List.of("INT"),
                "https://www.first.org/newsroom/releases/20190712",
                "first-cvss",
                List.of(),
                "[Fixture summary: placeholder wording, not FIRST's press release.]",
                List.of(),
                provenance(news)));
  }

  @Test
  void otherReleasesBelongToNoFamilyAndKeepTheirSummaryAsText() {
    List<DocumentRecord> releases =
        documents(source.parse(fetched("first/news.json", NEWS_URL, JSON)));

    DocumentRecord undated = releases.get(1);
    assertThat(undated.family()).isNull();
    assertThat(undated.code()).isEqualTo("FIRST press release 2024-06-10");
    assertThat(undated.summary())
        .isEqualTo("[Fixture summary: an invented release with no published field.]");
    assertThat(releases.get(5).summary()).isNull();
  }

  @Test
  void theNewsApiReadsTheSameWithAByteOrderMark() {
    byte[] plain = Fixtures.bytes("first/news.json");
    byte[] withBom = new byte[plain.length + 3];
    withBom[0] = (byte) 0xef;
    withBom[1] = (byte) 0xbb;
    withBom[2] = (byte) 0xbf;
    System.arraycopy(plain, 0, withBom, 3, plain.length);

    List<DocumentRecord> fromBom =
        documents(source.parse(Fixtures.fetched(withBom, NEWS_URL, JSON, Fixtures.RETRIEVED)));

    assertThat(fromBom)
        .extracting(DocumentRecord::id)
        .isEqualTo(
            documents(source.parse(fetched("first/news.json", NEWS_URL, JSON))).stream()
                .map(DocumentRecord::id)
                .toList());
  }

  @Test
  void aTruncatedNewsResponseIsAParseFailure() {
    assertThatThrownBy(() -> source.parse(fetched("first/news-truncated.json", NEWS_URL, JSON)))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("malformed JSON")
        .hasMessageContaining(NEWS_URL);
  }

  @Test
  void aNewsResponseWithoutDataIsAParseFailure() {
    byte[] body = "{\"access\":\"public\",\"error\":\"x\"}".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(
            () -> source.parse(Fixtures.fetched(body, NEWS_URL, JSON, Fixtures.RETRIEVED)))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("without a data array");
  }

  @Test
  void cvss40PageGivesTheSeedIdAndWhatItSupersedes() {
    Fetched page =
        fetched(
            "first/cvss-v4.0-specification-document.html",
            FirstSource.CVSS_4_0.toString(),
            HTML_UTF8);

    Parsed parsed = source.parse(page);

    assertThat(documents(parsed))
        .containsExactly(
            new DocumentRecord(
                "doc:first-cvss:v4.0",
                "CVSS",
                "4.0",
                "Common Vulnerability Scoring System v4.0: Specification Document",
                "STANDARD",
                "FINAL",
                null,
                LocalDate.of(2023, 11, 1),
                null,
                null,
                "pub:first",
                List.of("INT"),
                FirstSource.CVSS_4_0.toString(),
                "first-cvss",
                // v3.0, named only in passing and in body prose below the first h2, is not recorded
                List.of("doc:first-cvss:v3.1"),
                "[Fixture meta description] The specification document of CVSS version 4.0.",
                List.of(),
                provenance(page)));
    assertThat(parsed.links()).containsExactly(FirstSource.CVSS_3_1);
  }

  @Test
  void aPageDeclaringWindows1252IsReadSoWhateverTheHeaderSays() {
    DocumentRecord cvss31 =
        documents(
                page(
                    "cvss-v3.1-specification-document-windows-1252.html",
                    FirstSource.CVSS_3_1,
                    HTML_UTF8))
            .getFirst();

    assertThat(cvss31.summary())
        .isEqualTo(
            "[Fixture meta description] FIRST\u2019s CVSS v3.1 \u2013 specification document.");
  }

  @Test
  void aSupersededVersionWithOnlyAMonthLeavesItsDateUnverified() {
    Parsed parsed =
        page("cvss-v3.1-specification-document-windows-1252.html", FirstSource.CVSS_3_1, HTML_UTF8);
    DocumentRecord cvss31 = documents(parsed).getFirst();

    assertThat(cvss31.id()).isEqualTo("doc:first-cvss:v3.1");
    assertThat(cvss31.status()).isEqualTo("SUPERSEDED");
    assertThat(cvss31.published()).isNull();
    assertThat(cvss31.unverified()).containsExactly("published");
    assertThat(cvss31.supersedes()).containsExactly("doc:first-cvss:v3.0");
    assertThat(parsed.links()).containsExactly(FirstSource.CVSS_3_0);
  }

  @Test
  void malformedMarkupIsReadAsFarAsItGoes() {
    DocumentRecord cvss30 =
        documents(
                page(
                    "cvss-v3.0-specification-document-malformed.html",
                    FirstSource.CVSS_3_0,
                    HTML_UTF8))
            .getFirst();

    assertThat(cvss30.id()).isEqualTo("doc:first-cvss:v3.0");
    assertThat(cvss30.title())
        .isEqualTo("Common Vulnerability Scoring System v3.0: Specification Document");
    assertThat(cvss30.status()).isEqualTo("SUPERSEDED");
    assertThat(cvss30.supersedes()).isEmpty();
    assertThat(cvss30.unverified()).containsExactly("published");
  }

  @Test
  void csirtFrameworkListsItsPreviousVersionsAndLinksTheirPages() {
    Fetched page =
        fetched(
            "first/csirt-services-framework-v2.1.html",
            FirstSource.CSIRT_FRAMEWORK_2_1.toString(),
            HTML_UTF8);

    Parsed parsed = source.parse(page);

    assertThat(documents(parsed))
        .containsExactly(
            new DocumentRecord(
                "doc:first-csirt-services-framework:v2.1",
                "FIRST CSIRT Services Framework",
                "2.1",
                "Computer Security Incident Response Team (CSIRT) Services Framework Version 2.1",
                "FRAMEWORK",
                "FINAL",
                null,
                LocalDate.of(2020, 3, 12),
                null,
                null,
                "pub:first",
                List.of("INT"),
                FirstSource.CSIRT_FRAMEWORK_2_1.toString(),
                "first-csirt-services-framework",
                List.of(
                    "doc:first-csirt-services-framework:v2.0",
                    "doc:first-csirt-services-framework:v1.1"),
                null,
                List.of(),
                provenance(page)));
    assertThat(parsed.links())
        .containsExactly(
            URI.create(
                "https://www.first.org/standards/frameworks/csirts/csirt_services_framework_v2.0"),
            URI.create(
                "https://www.first.org/standards/frameworks/csirts/csirt_services_framework_v1.1"));
  }

  @Test
  void psirtFrameworkAddressWithAHyphenIsVersion11AndOnlyItsOwnFamilyIsSuperseded() {
    Parsed parsed =
        page("psirt-services-framework-v1-1.html", FirstSource.PSIRT_FRAMEWORK_1_1, HTML_UTF8);
    DocumentRecord psirt = documents(parsed).getFirst();

    assertThat(psirt.id()).isEqualTo("doc:first-psirt-services-framework:v1.1");
    assertThat(psirt.version()).isEqualTo("1.1");
    assertThat(psirt.code()).isEqualTo("FIRST PSIRT Services Framework");
    // "Spring 2020" is no date
    assertThat(psirt.published()).isNull();
    assertThat(psirt.unverified()).containsExactly("published");
    assertThat(psirt.supersedes()).containsExactly("doc:first-psirt-services-framework:v1.0");
    assertThat(parsed.links())
        .containsExactly(
            URI.create(
                "https://www.first.org/standards/frameworks/psirts/psirt_services_framework_v1.0"));
  }

  @Test
  void previousVersionsNamedWithoutLinksAreStillRecorded() {
    byte[] html =
        ("<html><body><main><h1>PSIRT Services Framework Version 1.1</h1>"
                + "<p>This version supersedes version 1.0 of the framework.</p></main></body></html>")
            .getBytes(StandardCharsets.UTF_8);

    Parsed parsed =
        source.parse(
            Fixtures.fetched(
                html, FirstSource.PSIRT_FRAMEWORK_1_1.toString(), HTML_UTF8, Fixtures.RETRIEVED));

    assertThat(documents(parsed).getFirst().supersedes())
        .containsExactly("doc:first-psirt-services-framework:v1.0");
    assertThat(parsed.links()).isEmpty();
  }

  @Test
  void anErrorPageIsAParseFailure() {
    assertThatThrownBy(() -> page("not-found.html", FirstSource.CVSS_4_0, HTML_UTF8))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("error page")
        .hasMessageContaining("Page Not Found");
  }

  @Test
  void aPageAboutSomethingElseAtAStandardsAddressIsAParseFailure() {
    byte[] html =
        "<html><body><h1>Member login</h1><form></form></body></html>"
            .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(
            () ->
                source.parse(
                    Fixtures.fetched(
                        html,
                        FirstSource.CSIRT_FRAMEWORK_2_1.toString(),
                        HTML_UTF8,
                        Fixtures.RETRIEVED)))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("not a page of FIRST CSIRT Services Framework");
  }

  @Test
  void addressesThisSourceDoesNotReadAreRefused() {
    assertThatThrownBy(
            () ->
                page(
                    "cvss-v4.0-specification-document.html",
                    URI.create("https://www.first.org/newsroom/releases/20190712"),
                    HTML_UTF8))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("not a FIRST resource");
    assertThatThrownBy(
            () ->
                source.parse(
                    fetched("first/news.json", "https://api.first.org/data/v1/countries", JSON)))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("not a FIRST resource");
  }

  @Test
  void sourceStartsAtTheNewsApiAndTheStandardsPages() {
    assertThat(source.name()).isEqualTo("first");
    assertThat(source.hosts()).containsExactlyInAnyOrder("api.first.org", "www.first.org");
    assertThat(source.entryPoints())
        .containsExactly(
            URI.create("https://api.first.org/data/v1/news"),
            URI.create("https://www.first.org/cvss/v4.0/specification-document"),
            URI.create("https://www.first.org/cvss/v3.1/specification-document"),
            URI.create("https://www.first.org/cvss/v3.0/specification-document"),
            URI.create(
                "https://www.first.org/standards/frameworks/csirts/csirt_services_framework_v2.1"),
            URI.create(
                "https://www.first.org/standards/frameworks/psirts/psirt_services_framework_v1-1"));
  }
}
