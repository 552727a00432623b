package dev.regintel.crawlers.source.enisa;

import static dev.regintel.crawlers.source.Fixtures.fetched;
import static dev.regintel.crawlers.source.Fixtures.provenance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regintel.crawlers.DocumentRecord;
import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.ParseException;
import dev.regintel.crawlers.Parsed;
import dev.regintel.crawlers.source.Fixtures;
import dev.regintel.crawlers.source.Xxe;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnisaSourceTests {

  private static final String FEED_URL = EnisaSource.FEED.toString();
  private static final String RSS = "application/rss+xml; charset=utf-8";
  private static final String HTML_UTF8 = "text/html; charset=UTF-8";
  private static final String PUBLICATIONS = "https://www.enisa.europa.eu/publications/";

  private final EnisaSource source = new EnisaSource();

  private static List<DocumentRecord> documents(Parsed parsed) {
    return parsed.records().stream().map(DocumentRecord.class::cast).toList();
  }

  private DocumentRecord page(String fixture, String slug, String contentType) {
    return documents(source.parse(fetched("enisa/" + fixture, PUBLICATIONS + slug, contentType)))
        .getFirst();
  }

  private DocumentRecord inlinePage(String html, String slug) {
    return documents(
            source.parse(
                Fixtures.fetched(
                    html.getBytes(StandardCharsets.UTF_8),
                    PUBLICATIONS + slug,
                    HTML_UTF8,
                    Fixtures.RETRIEVED)))
        .getFirst();
  }

  @Test
  void feedLinksToEachPublicationPageOnceAndGivesNoRecords() {
    Parsed parsed = source.parse(fetched("enisa/rss.xml", FEED_URL, RSS));

    assertThat(parsed.records()).isEmpty();
    assertThat(parsed.links())
        .containsExactly(
            URI.create(PUBLICATIONS + "nis2-technical-implementation-guidance"),
            URI.create(PUBLICATIONS + "enisa-threat-landscape-2025"),
            URI.create(PUBLICATIONS + "smart-cars"));
  }

  @Test
  void aTruncatedFeedIsAParseFailure() {
    assertThatThrownBy(() -> source.parse(fetched("enisa/rss-truncated.xml", FEED_URL, RSS)))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("malformed XML")
        .hasMessageContaining(FEED_URL);
  }

  @Test
  void xmlThatIsNotAnRssFeedIsAParseFailure() {
    byte[] atom =
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title></feed>"
            .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(
            () -> source.parse(Fixtures.fetched(atom, FEED_URL, RSS, Fixtures.RETRIEVED)))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("not an RSS 2.0 feed");
  }

  @Test
  void externalEntitiesInTheFeedAreNeitherReadNorFetched() throws Exception {
    try (Xxe xxe = new Xxe()) {
      Fetched payload =
          Fixtures.fetched(xxe.arm("enisa/rss-xxe.xml"), FEED_URL, RSS, Fixtures.RETRIEVED);

      assertThatThrownBy(() -> source.parse(payload))
          .isInstanceOf(ParseException.class)
          .hasMessageContaining("DOCTYPE")
          .hasMessageNotContaining(xxe.secret());
      assertThat(xxe.requests()).isZero();
    }
  }

  @Test
  void aPublicationTheSeedHoldsMeetsItsSeedRecordById() {
    Fetched page =
        fetched("enisa/publication-smart-cars.html", PUBLICATIONS + "smart-cars", HTML_UTF8);

    assertThat(documents(source.parse(page)))
        .containsExactly(
            new DocumentRecord(
                "doc:enisa-smart-cars-good-practices:2019-11",
                "ENISA report (November 2019)",
                null,
                "ENISA good practices for security of Smart Cars",
                // the seed files it as guidance, whatever type the page shows
                "GUIDANCE",
                "FINAL",
                null,
                // the labelled field, not the article:published_time of the page's metadata
                LocalDate.of(2019, 11, 25),
                null,
                null,
                "pub:enisa",
                List.of("EU"),
                PUBLICATIONS + "smart-cars",
                "enisa-smart-cars",
                List.of(),
                "[Fixture abstract: placeholder wording, not ENISA's.] A study of good practices for"
                    + " the cybersecurity of smart cars, written for this test.",
                List.of(),
                provenance(page)));
  }

  @Test
  void anyOtherPublicationIsIdentifiedBySlugAndMonthWithItsKindMarkedUnverified() {
    Fetched page =
        fetched(
            "enisa/publication-nis2-technical-implementation-guidance.html",
            PUBLICATIONS + "nis2-technical-implementation-guidance",
            HTML_UTF8);

    assertThat(documents(source.parse(page)))
        .containsExactly(
            new DocumentRecord(
                "doc:enisa-nis2-technical-implementation-guidance:2025-06",
                "ENISA report (June 2025)",
                null,
                "NIS2 Technical Implementation Guidance",
                "GUIDANCE",
                "FINAL",
                null,
                LocalDate.of(2025, 6, 26),
                null,
                null,
                "pub:enisa",
                List.of("EU"),
                PUBLICATIONS + "nis2-technical-implementation-guidance",
                "enisa-nis2-technical-implementation-guidance",
                List.of(),
                "This report provides technical guidance to support the implementation of the NIS2"
                    + " Directive for several types of entities in the NIS2 digital infrastructure,"
                    + " ICT service management and digital providers sectors.",
                // no type on the page: the kind is read off the title
                List.of("kind"),
                provenance(page)));
  }

  @Test
  void aSlugThatStartsWithEnisaDoesNotRepeatIt() {
    DocumentRecord report =
        page(
            "publication-threat-landscape-2025-windows-1252.html",
            "enisa-threat-landscape-2025",
            "text/html");

    assertThat(report.id()).isEqualTo("doc:enisa-threat-landscape-2025:2025-10");
    assertThat(report.family()).isEqualTo("enisa-threat-landscape-2025");
    assertThat(report.kind()).isEqualTo("REPORT");
    assertThat(report.unverified()).isEmpty();
  }

  @Test
  void anUndeclaredPageThatIsNotUtf8IsReadAsWindows1252() {
    DocumentRecord report =
        page(
            "publication-threat-landscape-2025-windows-1252.html",
            "enisa-threat-landscape-2025",
            "text/html");

    assertThat(report.title()).isEqualTo("ENISA Threat Landscape 2025");
    assertThat(report.published()).isEqualTo(LocalDate.of(2025, 10, 1));
    assertThat(report.summary())
        .startsWith("Through a more threat-centric approach")
        .contains("ENISA\u2019s analysis \u2013 written by us \u2013 with bytes such as \u00e9")
        .doesNotContain("\ufffd");
  }

  @Test
  void aHeaderThatNamesTheRightCharsetGivesTheSameReading() {
    DocumentRecord undeclared =
        page(
            "publication-threat-landscape-2025-windows-1252.html",
            "enisa-threat-landscape-2025",
            "text/html");
    DocumentRecord labelled =
        page(
            "publication-threat-landscape-2025-windows-1252.html",
            "enisa-threat-landscape-2025",
            "text/html; charset=windows-1252");

    assertThat(labelled.summary()).isEqualTo(undeclared.summary());
  }

  @Test
  void malformedMarkupIsReadAsFarAsItGoes() {
    DocumentRecord report =
        page(
            "publication-good-practices-iot-ssdlc-malformed.html",
            "good-practices-for-security-of-iot-1",
            HTML_UTF8);

    assertThat(report.id()).isEqualTo("doc:enisa-good-practices-iot-ssdlc:2019-11");
    assertThat(report.title())
        .isEqualTo("Good Practices for Security of IoT - Secure Software Development Lifecycle");
    assertThat(report.published()).isEqualTo(LocalDate.of(2019, 11, 19));
    assertThat(report.family()).isEqualTo("enisa-iot-security");
    assertThat(report.summary())
        .startsWith("[Fixture abstract: placeholder wording, not ENISA's.]")
        .endsWith("[Second paragraph, left unclosed like the first.]");
  }

  @Test
  void aPageWithoutADateGetsAnIdWithoutAMonth() {
    DocumentRecord report =
        inlinePage(
            "<html><body><main><h1>Placeholder study</h1>"
                + "<div class=\"field--name-body\"><p>An abstract.</p></div></main></body></html>",
            "placeholder-study");

    assertThat(report.id()).isEqualTo("doc:enisa-placeholder-study");
    assertThat(report.code()).isEqualTo("ENISA report");
    assertThat(report.published()).isNull();
    assertThat(report.unverified()).containsExactly("published", "kind");
  }

  @Test
  void aMonthOnlyDateGivesTheIdItsMonthButNoPublicationDay() {
    DocumentRecord report =
        inlinePage(
            "<html><body><h1>Placeholder study</h1><p>Published: November 2019</p>"
                + "<div><span>Type:</span> <span>Good practices</span></div></body></html>",
            "placeholder-study");

    assertThat(report.id()).isEqualTo("doc:enisa-placeholder-study:2019-11");
    assertThat(report.published()).isNull();
    assertThat(report.unverified()).containsExactly("published");
  }

  @Test
  void longAbstractsAreCutAtTheLastWholeSentence() {
    String sentence = "A sentence of forty-four characters in all. ";
    String text = sentence.repeat(40).strip();

    String summary = PublicationPage.shorten(text);

    assertThat(summary).hasSizeLessThanOrEqualTo(PublicationPage.SUMMARY_LIMIT).endsWith("all.");
    assertThat(PublicationPage.shorten("Short.")).isEqualTo("Short.");
  }

  @Test
  void anErrorPageIsAParseFailure() {
    assertThatThrownBy(
            () ->
                source.parse(
                    fetched("enisa/not-found.html", PUBLICATIONS + "no-such-report", HTML_UTF8)))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("error page")
        .hasMessageContaining("Page not found");
  }

  @Test
  void aPageWithATitleAndNothingElseIsNotAPublication() {
    assertThatThrownBy(
            () -> inlinePage("<html><body><h1>Publications</h1></body></html>", "placeholder"))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("no publication details");
  }

  @Test
  void addressesThisSourceDoesNotReadAreRefused() {
    assertThatThrownBy(
            () ->
                source.parse(
                    fetched(
                        "enisa/publication-smart-cars.html",
                        "https://www.enisa.europa.eu/news/some-news-item",
                        HTML_UTF8)))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("not an ENISA resource");
  }

  @Test
  void sourceStartsAtTheFeedOnEnisasSiteOnly() {
    assertThat(source.name()).isEqualTo("enisa");
    assertThat(source.hosts()).containsExactly("www.enisa.europa.eu");
    assertThat(source.entryPoints())
        .containsExactly(URI.create("https://www.enisa.europa.eu/rss.xml"));
  }
}
