package dev.regintel.crawlers.source.etsi;

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
import java.util.Map;
import org.junit.jupiter.api.Test;

class EtsiSourceTests {

  private static final String HTML = "text/html;charset=UTF-8";
  private static final String JSON = "application/json; charset=utf-8";
  private static final String SEARCH_URL = EtsiSource.SEARCH_303_645.toString();
  private static final String EN_FOLDER =
      "https://www.etsi.org/deliver/etsi_en/303600_303699/303645/";
  private static final String TITLE_EN =
      "CYBER; Cyber Security for Consumer Internet of Things: Baseline Requirements";

  private final EtsiSource source = new EtsiSource();

  private static List<DocumentRecord> documents(Parsed parsed) {
    return parsed.records().stream().map(DocumentRecord.class::cast).toList();
  }

  private Parsed search() {
    return source.parse(fetched("etsi/standards-search-303645.json", SEARCH_URL, JSON));
  }

  @Test
  void enListingGivesOneDocumentPerVersionFolderWithTheSeedIds() {
    Fetched listing = fetched("etsi/deliver-en-303645.html", EN_FOLDER, HTML);

    assertThat(documents(source.parse(listing)))
        .containsExactly(
            new DocumentRecord(
                "doc:etsi-en-303-645:v2.1.1",
                "ETSI EN 303 645",
                "V2.1.1",
                null,
                "STANDARD",
                "SUPERSEDED",
                "Published European Standard (EN)",
                null,
                null,
                null,
                "pub:etsi",
                List.of("INT"),
                EN_FOLDER + "02.01.01_60/en_303645v020101p.pdf",
                "etsi-303-645",
                List.of(),
                null,
                List.of("url", "status"),
                provenance(listing)),
            new DocumentRecord(
                "doc:etsi-en-303-645:v3.1.2",
                "ETSI EN 303 645",
                "V3.1.2",
                null,
                "STANDARD",
                "DRAFT",
                "Unpublished version (folder suffix _20)",
                null,
                null,
                null,
                "pub:etsi",
                List.of("INT"),
                EN_FOLDER + "03.01.02_20/",
                "etsi-303-645",
                List.of(),
                null,
                List.of("status"),
                provenance(listing)),
            new DocumentRecord(
                "doc:etsi-en-303-645:v3.1.3",
                "ETSI EN 303 645",
                "V3.1.3",
                null,
                "STANDARD",
                "FINAL",
                "Published European Standard (EN)",
                null,
                null,
                null,
                "pub:etsi",
                List.of("INT"),
                EN_FOLDER + "03.01.03_60/en_303645v030103p.pdf",
                "etsi-303-645",
                List.of("doc:etsi-en-303-645:v2.1.1"),
                null,
                List.of("url", "supersedes"),
                provenance(listing)));
  }

  @Test
  void listingsGiveNoTitlesDatesOrLinks() {
    Parsed parsed = source.parse(fetched("etsi/deliver-en-303645.html", EN_FOLDER, HTML));

    assertThat(parsed.links()).isEmpty();
    assertThat(documents(parsed))
        .allSatisfy(
            d -> {
              assertThat(d.title()).isNull();
              assertThat(d.published()).isNull();
              assertThat(d.summary()).isNull();
            });
  }

  @Test
  void iisStyleListingIsReadLikeApachesAndMeetsTheSeedRecordsOfTr103644() {
    Fetched listing =
        fetched(
            "etsi/deliver-tr-103644.html",
            EtsiSource.TR_103_644.toString(),
            "text/html; charset=utf-8");

    assertThat(documents(source.parse(listing)))
        .extracting(
            DocumentRecord::id,
            DocumentRecord::code,
            DocumentRecord::kind,
            DocumentRecord::status,
            DocumentRecord::stage,
            DocumentRecord::url,
            DocumentRecord::family,
            DocumentRecord::supersedes)
        .containsExactly(
            tuple(
                "doc:etsi-tr-103-644:v1.1.1",
                "ETSI TR 103 644",
                "TECHNICAL_REPORT",
                "SUPERSEDED",
                "Published Technical Report (TR)",
                "https://www.etsi.org/deliver/etsi_tr/103600_103699/103644/01.01.01_60/"
                    + "tr_103644v010101p.pdf",
                "etsi-103-644",
                List.of()),
            tuple(
                "doc:etsi-tr-103-644:v1.2.1",
                "ETSI TR 103 644",
                "TECHNICAL_REPORT",
                "FINAL",
                "Published Technical Report (TR)",
                "https://www.etsi.org/deliver/etsi_tr/103600_103699/103644/01.02.01_60/"
                    + "tr_103644v010201p.pdf",
                "etsi-103-644",
                List.of("doc:etsi-tr-103-644:v1.1.1")));
  }

  @Test
  void versionsAreOrderedByNumberAndTs103645SharesTheFamilyOfTheEnMadeFromIt() {
    Fetched listing =
        fetched("etsi/deliver-ts-103645.html", EtsiSource.TS_103_645.toString(), HTML);

    assertThat(documents(source.parse(listing)))
        .extracting(
            DocumentRecord::id,
            DocumentRecord::kind,
            DocumentRecord::status,
            DocumentRecord::family,
            DocumentRecord::supersedes)
        .containsExactly(
            tuple(
                "doc:etsi-ts-103-645:v1.1.1",
                "TECHNICAL_SPECIFICATION",
                "SUPERSEDED",
                "etsi-303-645",
                List.of()),
            tuple(
                "doc:etsi-ts-103-645:v2.1.1",
                "TECHNICAL_SPECIFICATION",
                "SUPERSEDED",
                "etsi-303-645",
                List.of("doc:etsi-ts-103-645:v1.1.1")),
            tuple(
                "doc:etsi-ts-103-645:v3.1.1",
                "TECHNICAL_SPECIFICATION",
                "FINAL",
                "etsi-303-645",
                List.of("doc:etsi-ts-103-645:v2.1.1")));
  }

  @Test
  void malformedListingIsReadAsFarAsItGoesAndOnlyFoldersBelowItCount() {
    Fetched listing =
        fetched("etsi/deliver-ts-103701-malformed.html", EtsiSource.TS_103_701.toString(), HTML);

    assertThat(documents(source.parse(listing)))
        .extracting(DocumentRecord::id, DocumentRecord::status, DocumentRecord::url)
        .containsExactly(
            tuple(
                "doc:etsi-ts-103-701:v1.1.1",
                "SUPERSEDED",
                "https://www.etsi.org/deliver/etsi_ts/103700_103799/103701/01.01.01_60/"
                    + "ts_103701v010101p.pdf"),
            tuple(
                "doc:etsi-ts-103-701:v2.1.1",
                "FINAL",
                "https://www.etsi.org/deliver/etsi_ts/103700_103799/103701/02.01.01_60/"
                    + "ts_103701v020101p.pdf"));
  }

  @Test
  void aListingWithoutVersionFoldersIsAParseFailure() {
    assertThatThrownBy(() -> source.parse(fetched("etsi/deliver-not-found.html", EN_FOLDER, HTML)))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("no version folders")
        .hasMessageContaining(EN_FOLDER);
  }

  @Test
  void searchRowsBecomeDocumentsWithTheSeedIdsAndTheLaterVersionSupersedesTheEarlier() {
    Fetched answer = fetched("etsi/standards-search-303645.json", SEARCH_URL, JSON);

    List<DocumentRecord> documents = documents(source.parse(answer));

    assertThat(documents)
        .extracting(DocumentRecord::id)
        .containsExactly(
            "doc:etsi-en-303-645:v3.1.3",
            "doc:etsi-en-303-645:v2.1.1",
            "doc:etsi-en-303-645:v3.1.2",
            "doc:etsi-ts-103-645:v1.1.1",
            "doc:etsi-ts-103-701:v1.1.1",
            "doc:etsi-tr-103-999:v1.1.1");
    assertThat(documents.get(0))
        .isEqualTo(
            new DocumentRecord(
                "doc:etsi-en-303-645:v3.1.3",
                "ETSI EN 303 645",
                "V3.1.3",
                TITLE_EN,
                "STANDARD",
                "FINAL",
                "Published European Standard (EN)",
                LocalDate.of(2024, 9, 1),
                null,
                null,
                "pub:etsi",
                List.of("INT"),
                EN_FOLDER + "03.01.03_60/en_303645v030103p.pdf",
                "etsi-303-645",
                List.of("doc:etsi-en-303-645:v2.1.1"),
                null,
                List.of("published"),
                provenance(answer)));
    assertThat(documents.get(1))
        .isEqualTo(
            new DocumentRecord(
                "doc:etsi-en-303-645:v2.1.1",
                "ETSI EN 303 645",
                "V2.1.1",
                TITLE_EN,
                "STANDARD",
                "SUPERSEDED",
                "Published European Standard (EN)",
                LocalDate.of(2020, 6, 1),
                null,
                null,
                "pub:etsi",
                List.of("INT"),
                EN_FOLDER + "02.01.01_60/en_303645v020101p.pdf",
                "etsi-303-645",
                List.of(),
                null,
                List.of("published", "status"),
                provenance(answer)));
  }

  @Test
  void searchStatusesFollowActionTypeStatusCodeAndTheSupersededFlag() {
    assertThat(documents(search()))
        .extracting(
            DocumentRecord::id,
            DocumentRecord::status,
            DocumentRecord::stage,
            DocumentRecord::published,
            DocumentRecord::unverified)
        .containsExactly(
            tuple(
                "doc:etsi-en-303-645:v3.1.3",
                "FINAL",
                "Published European Standard (EN)",
                LocalDate.of(2024, 9, 1),
                List.of("published")),
            // names later versions without saying it is superseded: inferred, so unverified
            tuple(
                "doc:etsi-en-303-645:v2.1.1",
                "SUPERSEDED",
                "Published European Standard (EN)",
                LocalDate.of(2020, 6, 1),
                List.of("published", "status")),
            tuple(
                "doc:etsi-en-303-645:v3.1.2",
                "DRAFT",
                "On approval",
                LocalDate.of(2024, 3, 1),
                List.of("published")),
            // STATUS_CODE 13: historical
            tuple(
                "doc:etsi-ts-103-645:v1.1.1",
                "SUPERSEDED",
                "Published Technical Specification (TS)",
                LocalDate.of(2019, 2, 1),
                List.of("published")),
            tuple(
                "doc:etsi-ts-103-701:v1.1.1",
                "SUPERSEDED",
                "Published Technical Specification (TS)",
                LocalDate.of(2021, 8, 1),
                List.of("published")),
            // no designation: identified from its path, and no month to read
            tuple("doc:etsi-tr-103-999:v1.1.1", "WITHDRAWN", "Withdrawn", null, List.of()));
  }

  @Test
  void searchRowsGiveThePdfUnderDeliverFamilyAndTitleWithSpacesCollapsed() {
    assertThat(documents(search()))
        .extracting(DocumentRecord::url, DocumentRecord::family, DocumentRecord::title)
        .contains(
            // EDSpathname with escaped slashes
            tuple(
                "https://www.etsi.org/deliver/etsi_ts/103600_103699/103645/01.01.01_60/"
                    + "ts_103645v010101p.pdf",
                "etsi-303-645",
                "CYBER; Cyber Security for Consumer Internet of Things"),
            tuple(
                "https://www.etsi.org/deliver/etsi_ts/103700_103799/103701/01.01.01_60/"
                    + "ts_103701v010101p.pdf",
                "etsi-103-701",
                "CYBER; Cyber Security for Consumer Internet of Things: Conformance Assessment of"
                    + " Baseline Requirements"),
            tuple(
                "https://www.etsi.org/deliver/etsi_en/303600_303699/303645/03.01.02_20/"
                    + "en_303645v030102a.pdf",
                "etsi-303-645",
                TITLE_EN));
  }

  @Test
  void searchKeepsNoScopeTextAndEveryRecordCarriesItsProvenance() {
    Fetched answer = fetched("etsi/standards-search-303645.json", SEARCH_URL, JSON);

    assertThat(documents(source.parse(answer)))
        .allSatisfy(
            d -> {
              assertThat(d.summary()).isNull();
              assertThat(d.provenance()).isEqualTo(provenance(answer));
            });
  }

  @Test
  void searchLinksToTheNextPageWhileRowsRemain() {
    assertThat(search().links())
        .containsExactly(URI.create(SEARCH_URL.replace("&page=1&", "&page=2&")));
  }

  @Test
  void searchAnsweringHtmlIsAParseFailureSayingTheInterfaceMoved() {
    for (String contentType : List.of("text/html; charset=UTF-8", "application/json")) {
      assertThatThrownBy(
              () ->
                  source.parse(
                      fetched("etsi/standards-search-moved.html", SEARCH_URL, contentType)))
          .isInstanceOf(ParseException.class)
          .hasMessageContaining("ETSI search returned HTML, not JSON; the interface has moved")
          .hasMessageContaining(SEARCH_URL);
    }
  }

  @Test
  void aTruncatedSearchAnswerIsAParseFailure() {
    assertThatThrownBy(
            () ->
                source.parse(
                    fetched("etsi/standards-search-303645-truncated.json", SEARCH_URL, JSON)))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("malformed JSON in ETSI search")
        .hasMessageContaining(SEARCH_URL);
  }

  @Test
  void aSearchAnswerThatIsNotAnArrayOfRowsIsAParseFailure() {
    byte[] body = "{\"error\":\"bad request\"}".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(
            () -> source.parse(Fixtures.fetched(body, SEARCH_URL, JSON, Fixtures.RETRIEVED)))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("not a JSON array of rows");
  }

  @Test
  void aSearchAnswerInWindows1252IsReadRatherThanRejected() {
    DocumentRecord row =
        documents(
                source.parse(fetched("etsi/standards-search-windows-1252.json", SEARCH_URL, JSON)))
            .getFirst();

    assertThat(row.id()).isEqualTo("doc:etsi-tr-103-998:v1.1.1");
    assertThat(row.title())
        .isEqualTo(
            "[Fixture row] Smart meter security \u2013 observations from \u2018the field\u2019");
  }

  @Test
  void idsFollowTheSeedRuleForPartsToo() {
    EtsiWork part =
        EtsiWork.fromDeliverPath("/deliver/etsi_es/201800_201899/20187301/").orElseThrow();

    assertThat(part.documentId(new EtsiVersion(1, 1, 2))).isEqualTo("doc:etsi-es-201-873-1:v1.1.2");
    assertThat(part.code()).isEqualTo("ETSI ES 201 873-1");
    assertThat(part.family()).isEqualTo("etsi-201-873");
    assertThat(part.publishedPdf(new EtsiVersion(1, 1, 2)))
        .isEqualTo(
            "https://www.etsi.org/deliver/etsi_es/201800_201899/20187301/01.01.02_60/"
                + "es_20187301v010102p.pdf");
    // the range must be the number's hundred, and GS/GR are not numbered deliverables
    assertThat(EtsiWork.fromDeliverPath("/deliver/etsi_en/303700_303799/303645/")).isEmpty();
    assertThat(EtsiWork.fromDeliverPath("/deliver/etsi_gs/001000_001099/001001/")).isEmpty();
  }

  @Test
  void addressesThisSourceDoesNotReadAreRefused() {
    for (String url :
        List.of(
            "https://www.etsi.org/newsroom/press-releases/",
            EN_FOLDER + "02.01.01_60/",
            "https://www.etsi.org/deliver/etsi_en/")) {
      assertThatThrownBy(() -> source.parse(fetched("etsi/deliver-en-303645.html", url, HTML)))
          .as(url)
          .isInstanceOf(ParseException.class)
          .hasMessageContaining(url);
    }
  }

  @Test
  void sourceStartsAtTheFourListingsAndOneSearchOnEtsiOnly() {
    assertThat(source.name()).isEqualTo("etsi");
    assertThat(source.hosts()).containsExactly("www.etsi.org");
    assertThat(source.entryPoints())
        .containsExactly(
            URI.create(EN_FOLDER),
            URI.create("https://www.etsi.org/deliver/etsi_ts/103600_103699/103645/"),
            URI.create("https://www.etsi.org/deliver/etsi_tr/103600_103699/103644/"),
            URI.create("https://www.etsi.org/deliver/etsi_ts/103700_103799/103701/"),
            EtsiSource.SEARCH_303_645);
    assertThat(source.entryPoints())
        .allSatisfy(u -> assertThat(u.getHost()).isEqualTo("www.etsi.org"));
    assertThat(source.requestHeaders(EtsiSource.SEARCH_303_645))
        .isEqualTo(Map.of("Accept", "application/json"));
    assertThat(source.requestHeaders(URI.create(EN_FOLDER))).isEmpty();
  }
}
