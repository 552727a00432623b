package dev.regintel.crawlers.source.nist;

import static dev.regintel.crawlers.source.Fixtures.fetched;
import static dev.regintel.crawlers.source.Fixtures.provenance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regintel.crawlers.DocumentRecord;
import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.ParseException;
import dev.regintel.crawlers.Parsed;
import dev.regintel.crawlers.source.Fixtures;
import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NistSourceTests {

  private static final String FEED_URL = NistSource.DRAFTS_FEED.toString();
  private static final String JSON = "application/json";
  private static final String HTML_UTF8 = "text/html; charset=utf-8";

  private final NistSource source = new NistSource();

  private static List<DocumentRecord> documents(Parsed parsed) {
    return parsed.records().stream().map(DocumentRecord.class::cast).toList();
  }

  @Test
  void draftsFeedGivesOneDraftPerPublicationEntry() {
    Fetched feed = fetched("nist/drafts-open-for-comment.json", FEED_URL, JSON);

    Parsed parsed = source.parse(feed);

    assertThat(documents(parsed))
        .containsExactly(
            new DocumentRecord(
                "doc:nist-sp-800-171:r3-fpd",
                "NIST SP 800-171",
                "Revision 3 (Final Public Draft)",
                "Protecting Controlled Unclassified Information in Nonfederal Systems and"
                    + " Organizations",
                "GUIDANCE",
                "DRAFT",
                "Final Public Draft",
                LocalDate.of(2023, 11, 9),
                LocalDate.of(2023, 11, 9),
                LocalDate.of(2024, 1, 12),
                "pub:nist",
                List.of("US"),
                "https://csrc.nist.gov/pubs/sp/800/171/r3/fpd",
                "nist-sp-800-171",
                List.of(),
                "NIST requests comments on the final public draft of Special Publication 800-171"
                    + " Revision 3. [Fixture summary: placeholder wording, not NIST's"
                    + " announcement.]",
                List.of(),
                provenance(feed)),
            new DocumentRecord(
                "doc:nist-ir-8425:ipd-2022-06",
                "NIST IR 8425",
                "Initial Public Draft",
                "Profile of the IoT Core Baseline for Consumer IoT Products",
                "GUIDANCE",
                "DRAFT",
                "Initial Public Draft",
                LocalDate.of(2022, 6, 17),
                LocalDate.of(2022, 6, 17),
                LocalDate.of(2022, 7, 31),
                "pub:nist",
                List.of("US"),
                "https://csrc.nist.gov/pubs/ir/8425/ipd",
                "nist-ir-8425",
                List.of(),
                "[Fixture summary: placeholder wording.] A profile of the IoT core baseline for"
                    + " consumer IoT products.",
                List.of(),
                provenance(feed)),
            new DocumentRecord(
                "doc:nist-sp-800-160v2:r2-ipd",
                "NIST SP 800-160 Vol. 2",
                "Revision 2 (Initial Public Draft)",
                "Developing Cyber-Resilient Systems: A Systems Security Engineering Approach",
                "GUIDANCE",
                "DRAFT",
                "Initial Public Draft",
                LocalDate.of(2026, 8, 14),
                LocalDate.of(2026, 8, 14),
                LocalDate.of(2026, 9, 30),
                "pub:nist",
                List.of("US"),
                "https://csrc.nist.gov/pubs/sp/800/160/v2/r2/ipd",
                "nist-sp-800-160",
                List.of(),
                "[Fixture entry: an invented draft used to exercise volumes and revisions.]",
                List.of(),
                provenance(feed)),
            new DocumentRecord(
                "doc:nist-cswp-99:iprd-2026-09",
                "NIST CSWP 99",
                "Initial Pre-Draft Call for Comments",
                "Placeholder White Paper for Fixture Tests",
                "WHITE_PAPER",
                "DRAFT",
                "Initial Pre-Draft Call for Comments",
                LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 9, 1),
                null,
                "pub:nist",
                List.of("US"),
                "https://csrc.nist.gov/pubs/cswp/99/iprd",
                "nist-cswp-99",
                List.of(),
                null,
                List.of(),
                provenance(feed)));
  }

  @Test
  void draftsFeedLinksToThePublicationPagesItNames() {
    Parsed parsed = source.parse(fetched("nist/drafts-open-for-comment.json", FEED_URL, JSON));

    assertThat(parsed.links())
        .containsExactly(
            URI.create("https://csrc.nist.gov/pubs/sp/800/171/r3/fpd"),
            URI.create("https://csrc.nist.gov/pubs/ir/8425/ipd"),
            URI.create("https://csrc.nist.gov/pubs/sp/800/160/v2/r2/ipd"),
            URI.create("https://csrc.nist.gov/pubs/cswp/99/iprd"));
  }

  @Test
  void draftsFeedReadsTheSameWithOrWithoutItsByteOrderMark() {
    byte[] withBom = Fixtures.bytes("nist/drafts-open-for-comment.json");
    assertThat(Arrays.copyOf(withBom, 3)).containsExactly(0xef, 0xbb, 0xbf);
    byte[] withoutBom = Arrays.copyOfRange(withBom, 3, withBom.length);

    List<DocumentRecord> fromBom =
        documents(source.parse(Fixtures.fetched(withBom, FEED_URL, JSON, Fixtures.RETRIEVED)));
    List<DocumentRecord> plain =
        documents(source.parse(Fixtures.fetched(withoutBom, FEED_URL, JSON, Fixtures.RETRIEVED)));

    assertThat(plain)
        .extracting(DocumentRecord::id, DocumentRecord::commentCloses)
        .isEqualTo(
            fromBom.stream()
                .map(d -> org.assertj.core.groups.Tuple.tuple(d.id(), d.commentCloses()))
                .toList());
  }

  @Test
  void aTruncatedFeedIsAParseFailure() {
    assertThatThrownBy(
            () ->
                source.parse(
                    fetched("nist/drafts-open-for-comment-truncated.json", FEED_URL, JSON)))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("malformed JSON")
        .hasMessageContaining(FEED_URL);
  }

  @Test
  void commentDeadlinesAreReadInEachOfCsrcsWordings() {
    assertThat(DraftsFeed.commentCloses("Comment period closes September 30, 2026", "p"))
        .isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(DraftsFeed.commentCloses("Comments Due: 1/12/2024", "p"))
        .isEqualTo(LocalDate.of(2024, 1, 12));
    assertThat(DraftsFeed.commentCloses("No Due Date: Comment Period Remains Open", "p")).isNull();
    assertThat(DraftsFeed.commentCloses("Comments Due: 13/45/2024", "p")).isNull();
  }

  @Test
  void finalPageRecordsWhatItSupersedesWithTheSeedIdsOfTheDrafts() {
    Fetched page =
        fetched(
            "nist/pubs-ir-8259-final.html", "https://csrc.nist.gov/pubs/ir/8259/final", HTML_UTF8);

    assertThat(documents(source.parse(page)))
        .containsExactly(
            new DocumentRecord(
                "doc:nist-ir-8259:final",
                "NIST IR 8259",
                "Final",
                "Foundational Cybersecurity Activities for IoT Device Manufacturers",
                "GUIDANCE",
                "FINAL",
                "Final",
                // "Date Published: May 2020" gives a month only, and a day is not invented
                null,
                null,
                null,
                "pub:nist",
                List.of("US"),
                "https://csrc.nist.gov/pubs/ir/8259/final",
                "nist-ir-8259",
                List.of("doc:nist-ir-8259:ipd-2019-07", "doc:nist-ir-8259:2pd-2020-01"),
                "Internet of Things (IoT) devices often lack device cybersecurity capabilities their"
                    + " customers\u2014organizations and individuals\u2014can use to help mitigate"
                    + " their cybersecurity risks. Manufacturers can help their customers by"
                    + " improving how securable the IoT devices they make are by providing"
                    + " necessary cybersecurity functionality and by providing customers with the"
                    + " cybersecurity-related information they need.",
                List.of(),
                provenance(page)));
  }

  @Test
  void draftPageGivesItsCommentPeriodAndStaysADraftWhenSuperseded() {
    Fetched page =
        fetched("nist/pubs-ir-8425-ipd.html", "https://csrc.nist.gov/pubs/ir/8425/ipd", HTML_UTF8);

    DocumentRecord draft = documents(source.parse(page)).getFirst();

    assertThat(draft.id()).isEqualTo("doc:nist-ir-8425:ipd-2022-06");
    assertThat(draft.status()).isEqualTo("DRAFT");
    assertThat(draft.stage()).isEqualTo("Initial Public Draft");
    assertThat(draft.published()).isEqualTo(LocalDate.of(2022, 6, 17));
    assertThat(draft.commentOpens()).isEqualTo(LocalDate.of(2022, 6, 17));
    assertThat(draft.commentCloses()).isEqualTo(LocalDate.of(2022, 7, 31));
    assertThat(draft.supersedes()).isEmpty();
    assertThat(draft.provenance()).isEqualTo(provenance(page));
  }

  @Test
  void aPageDeclaringUtf8IsReadAsUtf8WhateverTheHeaderSays() {
    Fetched page =
        fetched(
            "nist/pubs-ir-8425-ipd.html",
            "https://csrc.nist.gov/pubs/ir/8425/ipd",
            "text/html; charset=ISO-8859-1");

    assertThat(documents(source.parse(page)).getFirst().summary())
        .contains("consumer IoT product cybersecurity outcomes \u2013 a profile of NIST\u2019s");
  }

  @Test
  void aPageWithoutAnyCharsetIsReadAsUtf8() {
    Fetched page =
        fetched(
            "nist/pubs-sp-800-171-r3-ipd-no-charset.html",
            "https://csrc.nist.gov/pubs/sp/800/171/r3/ipd",
            "text/html");

    DocumentRecord draft = documents(source.parse(page)).getFirst();

    assertThat(draft.id()).isEqualTo("doc:nist-sp-800-171:r3-ipd");
    assertThat(draft.version()).isEqualTo("Revision 3 (Initial Public Draft)");
    assertThat(draft.commentOpens()).isEqualTo(LocalDate.of(2023, 5, 10));
    assertThat(draft.commentCloses()).isEqualTo(LocalDate.of(2023, 7, 14));
    assertThat(draft.summary()).contains("SP 800-53 Rev. 5 \u2014 NIST\u2019s catalog \u2014");
  }

  @Test
  void malformedMarkupIsReadAsFarAsItGoes() {
    Fetched page =
        fetched(
            "nist/pubs-ir-8200-final-malformed.html",
            "https://csrc.nist.gov/pubs/ir/8200/final",
            HTML_UTF8);

    DocumentRecord document = documents(source.parse(page)).getFirst();

    assertThat(document.id()).isEqualTo("doc:nist-ir-8200:final");
    assertThat(document.title())
        .isEqualTo(
            "Interagency Report on the Status of International Cybersecurity Standardization for"
                + " the Internet of Things (IoT)");
    assertThat(document.supersedes()).containsExactly("doc:nist-ir-8200:ipd-2018-02");
  }

  @Test
  void aPageWithoutAPublicationTitleIsAParseFailure() {
    assertThatThrownBy(
            () ->
                source.parse(
                    fetched(
                        "nist/pubs-not-found.html",
                        "https://csrc.nist.gov/pubs/ir/9999/final",
                        HTML_UTF8)))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("#pub-title");
  }

  @Test
  void addressesThisSourceDoesNotReadAreRefused() {
    assertThatThrownBy(
            () ->
                source.parse(
                    fetched(
                        "nist/pubs-not-found.html",
                        "https://csrc.nist.gov/projects/iot",
                        HTML_UTF8)))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("not a CSRC resource");
  }

  @Test
  void sourceStartsAtTheDraftsFeedAndTheOscalCatalogs() {
    assertThat(source.name()).isEqualTo("nist");
    assertThat(source.hosts())
        .containsExactlyInAnyOrder("csrc.nist.gov", "raw.githubusercontent.com");
    assertThat(source.entryPoints())
        .containsExactly(
            NistSource.DRAFTS_FEED,
            URI.create(
                "https://raw.githubusercontent.com/usnistgov/oscal-content/main/"
                    + "nist.gov/CSF/v2.0/json/NIST_CSF_v2.0_catalog.json"),
            URI.create(
                "https://raw.githubusercontent.com/usnistgov/oscal-content/main/"
                    + "nist.gov/SP800-53/rev5/json/NIST_SP-800-53_rev5_catalog.json"));
    assertThat(source.entryPoints()).allMatch(uri -> source.hosts().contains(uri.getHost()));
  }
}
