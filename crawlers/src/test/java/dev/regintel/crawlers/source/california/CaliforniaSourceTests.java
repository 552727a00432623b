package dev.regintel.crawlers.source.california;

import static dev.regintel.crawlers.source.Fixtures.fetched;
import static dev.regintel.crawlers.source.Fixtures.provenance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.regintel.crawlers.DocumentRecord;
import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.ParseException;
import dev.regintel.crawlers.Parsed;
import dev.regintel.crawlers.RequirementRecord;
import dev.regintel.crawlers.source.Fixtures;
import dev.regintel.ontology.Provenance;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaliforniaSourceTests {

  private static final String HTML_UTF8 = "text/html;charset=UTF-8";
  private static final String DOC = "doc:us-ca-civ-1.81.26";
  private static final String S04 = CaliforniaSource.CIV_1798_91_04.toString();
  private static final String S05 = CaliforniaSource.CIV_1798_91_05.toString();
  private static final String S06 = CaliforniaSource.CIV_1798_91_06.toString();
  private static final String SB_327 = CaliforniaSource.SB_327.toString();
  private static final String AB_1906 = CaliforniaSource.AB_1906.toString();

  private final CaliforniaSource source = new CaliforniaSource();

  private static List<RequirementRecord> requirements(Parsed parsed) {
    return parsed.records().stream().map(RequirementRecord.class::cast).toList();
  }

  private static DocumentRecord document(Parsed parsed) {
    assertThat(parsed.records()).hasSize(1);
    return (DocumentRecord) parsed.records().getFirst();
  }

  @Test
  void sectionPageGivesTheSectionAndEachSubdivisionWithTheSeedRefsAndOfficialText() {
    Fetched page = fetched("california/codes-civ-1798.91.04.html", S04, HTML_UTF8);
    Provenance p = provenance(page);

    assertThat(requirements(source.parse(page)))
        .containsExactly(
            new RequirementRecord(DOC, "1798.91.04", null, null, null, "INFORMATIVE", p),
            new RequirementRecord(
                DOC,
                "1798.91.04(a)",
                "1798.91.04",
                null,
                "A manufacturer of a connected device shall equip the device with a reasonable"
                    + " security feature or features that are all of the following:",
                "MANDATORY",
                p),
            new RequirementRecord(
                DOC,
                "1798.91.04(a)(1)",
                "1798.91.04(a)",
                null,
                "Appropriate to the nature and function of the device.",
                "MANDATORY",
                p),
            new RequirementRecord(
                DOC,
                "1798.91.04(a)(2)",
                "1798.91.04(a)",
                null,
                "Appropriate to the information it may collect, contain, or transmit.",
                "MANDATORY",
                p),
            new RequirementRecord(
                DOC,
                "1798.91.04(a)(3)",
                "1798.91.04(a)",
                null,
                "Designed to protect the device and any information contained therein from"
                    + " unauthorized access, destruction, use, modification, or disclosure.",
                "MANDATORY",
                p),
            new RequirementRecord(
                DOC,
                "1798.91.04(b)",
                "1798.91.04",
                null,
                "Subject to all of the requirements of subdivision (a), if a connected device is"
                    + " equipped with a means for authentication outside a local area network, it"
                    + " shall be deemed a reasonable security feature under subdivision (a) if"
                    + " either of the following requirements are met:",
                "CONDITIONAL",
                p),
            new RequirementRecord(
                DOC,
                "1798.91.04(b)(1)",
                "1798.91.04(b)",
                null,
                "The preprogrammed password is unique to each device manufactured.",
                "CONDITIONAL",
                p),
            new RequirementRecord(
                DOC,
                "1798.91.04(b)(2)",
                "1798.91.04(b)",
                null,
                "The device contains a security feature that requires a user to generate a new"
                    + " means of authentication before access is granted to the device for the"
                    + " first time.",
                "CONDITIONAL",
                p),
            // "(c) (1) ..." opens two provisions; (c) has no words of its own
            new RequirementRecord(DOC, "1798.91.04(c)", "1798.91.04", null, null, "INFORMATIVE", p),
            new RequirementRecord(
                DOC,
                "1798.91.04(c)(1)",
                "1798.91.04(c)",
                null,
                "[Placeholder wording, not the statute:] A manufacturer may elect to satisfy"
                    + " subdivision (a) through a NIST conforming labeling scheme.",
                "INFORMATIVE",
                p),
            new RequirementRecord(
                DOC,
                "1798.91.04(c)(2)",
                "1798.91.04(c)",
                null,
                "[Placeholder wording, not the statute.]",
                "INFORMATIVE",
                p));
  }

  @Test
  void historyNotesAndHeadingsAreNotPartOfTheText() {
    assertThat(
            requirements(
                source.parse(fetched("california/codes-civ-1798.91.04.html", S04, HTML_UTF8))))
        .extracting(RequirementRecord::text)
        .noneMatch(t -> t != null && (t.contains("Stats.") || t.contains("TITLE")));
  }

  @Test
  void definitionsAreInformativeAndKeepTheirCurlyQuotes() {
    List<RequirementRecord> records =
        requirements(source.parse(fetched("california/codes-civ-1798.91.05.html", S05, HTML_UTF8)));

    assertThat(records)
        .extracting(RequirementRecord::ref, RequirementRecord::parentRef)
        .containsExactly(
            tuple("1798.91.05", null),
            tuple("1798.91.05(a)", "1798.91.05"),
            tuple("1798.91.05(b)", "1798.91.05"),
            tuple("1798.91.05(c)", "1798.91.05"),
            tuple("1798.91.05(d)", "1798.91.05"),
            tuple("1798.91.05(e)", "1798.91.05"),
            tuple("1798.91.05(f)", "1798.91.05"));
    assertThat(records).extracting(RequirementRecord::obligation).containsOnly("INFORMATIVE");
    assertThat(records.get(0).text())
        .isEqualTo(
            "For the purposes of this title, the following terms have the following meanings:");
    assertThat(records.get(2).text())
        .isEqualTo(
            "\u201cConnected device\u201d means any device, or other physical object that is"
                + " capable of connecting to the Internet, directly or indirectly, and that is"
                + " assigned an Internet Protocol address or Bluetooth address.");
    assertThat(records.get(3).text()).contains("on the person\u2019s behalf");
  }

  @Test
  void limitsOfTheTitleThatSayShallNotBeConstruedOrShallNotApplyAreInformative() {
    List<RequirementRecord> records =
        requirements(
            source.parse(
                fetched("california/codes-civ-1798.91.06-windows-1252.html", S06, HTML_UTF8)));

    assertThat(records).hasSize(9);
    assertThat(records).extracting(RequirementRecord::obligation).containsOnly("INFORMATIVE");
    assertThat(records.get(5).text())
        .isEqualTo(
            "This title shall not be construed to provide a basis for a private right of action."
                + " The Attorney General, a city attorney, a county counsel, or a district"
                + " attorney shall have the exclusive authority to enforce this title.");
  }

  @Test
  void aWindows1252PageIsReadAsSuchWhetherTheHeaderClaimsUtf8OrSaysNothing() {
    for (String contentType : List.of(HTML_UTF8, "text/html")) {
      Fetched page = fetched("california/codes-civ-1798.91.06-windows-1252.html", S06, contentType);

      List<RequirementRecord> records = requirements(source.parse(page));

      assertThat(records.get(3).ref()).isEqualTo("1798.91.06(c)");
      assertThat(records.get(3).text())
          .endsWith("running on the device at the user\u2019s discretion.");
      assertThat(records)
          .extracting(RequirementRecord::text)
          .noneMatch(t -> t != null && t.contains("\uFFFD"));
      assertThat(LeginfoPages.parse(page).text())
          .contains("Civil Code \u203a \u00a7 1798.91.06 \u2013");
    }
  }

  @Test
  void aUtf8PageWrongLabelledIsStillReadByItsOwnDeclaration() {
    Fetched page =
        fetched("california/codes-civ-1798.91.05.html", S05, "text/html; charset=ISO-8859-1");

    assertThat(requirements(source.parse(page)).get(1).text())
        .startsWith("\u201cAuthentication\u201d means");
  }

  @Test
  void malformedSectionMarkupIsReadAsFarAsItGoes() {
    List<RequirementRecord> wellFormed =
        requirements(source.parse(fetched("california/codes-civ-1798.91.04.html", S04, HTML_UTF8)));
    List<RequirementRecord> broken =
        requirements(
            source.parse(
                fetched("california/codes-civ-1798.91.04-malformed.html", S04, HTML_UTF8)));

    // the broken page stops after (b)(2); everything up to there reads the same
    assertThat(broken)
        .extracting(
            RequirementRecord::ref,
            RequirementRecord::parentRef,
            RequirementRecord::text,
            RequirementRecord::obligation)
        .containsExactlyElementsOf(
            wellFormed.subList(0, 8).stream()
                .map(r -> tuple(r.ref(), r.parentRef(), r.text(), r.obligation()))
                .toList());
  }

  @Test
  void anErrorPageIsAParseFailure() {
    assertThatThrownBy(() -> source.parse(fetched("california/leginfo-error.html", S04, HTML_UTF8)))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("no code section text")
        .hasMessageContaining(S04);
    assertThatThrownBy(
            () -> source.parse(fetched("california/leginfo-error.html", SB_327, HTML_UTF8)))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("no bill heading")
        .hasMessageContaining(SB_327);
  }

  @Test
  void aPageShowingAnotherSectionThanTheOneAskedForIsAParseFailure() {
    assertThatThrownBy(
            () -> source.parse(fetched("california/codes-civ-1798.91.04.html", S05, HTML_UTF8)))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("[1798.91.04], not 1798.91.05");
  }

  @Test
  void chapteredBillMeetsTheSeedRecord() {
    Fetched page = fetched("california/bill-201720180SB327.html", SB_327, HTML_UTF8);

    assertThat(document(source.parse(page)))
        .isEqualTo(
            new DocumentRecord(
                "doc:us-ca-sb-327:chaptered-2018",
                "SB-327",
                "Chapter 886, Statutes of 2018",
                "Senate Bill No. 327: Information privacy: connected devices",
                "BILL",
                "FINAL",
                "Chaptered (Chapter 886, Statutes of 2018)",
                LocalDate.of(2018, 9, 28),
                null,
                null,
                "pub:ca-legislature",
                List.of("US-CA"),
                SB_327,
                null,
                List.of(),
                null,
                List.of(),
                provenance(page)));
  }

  @Test
  void malformedBillPageWithOnlyTheChapterLineIsReadAsFarAsItGoes() {
    Fetched page = fetched("california/bill-201720180AB1906-malformed.html", AB_1906, HTML_UTF8);

    DocumentRecord bill = document(source.parse(page));

    assertThat(bill.id()).isEqualTo("doc:us-ca-ab-1906:chaptered-2018");
    assertThat(bill.code()).isEqualTo("AB-1906");
    assertThat(bill.version()).isEqualTo("Chapter 860, Statutes of 2018");
    assertThat(bill.stage()).isEqualTo("Chaptered (Chapter 860, Statutes of 2018)");
    assertThat(bill.title())
        .isEqualTo("Assembly Bill No. 1906: Information privacy: connected devices");
    assertThat(bill.status()).isEqualTo("FINAL");
    assertThat(bill.published()).isEqualTo(LocalDate.of(2018, 9, 28));
    assertThat(bill.url()).isEqualTo(AB_1906);
    assertThat(bill.provenance()).isEqualTo(provenance(page));
  }

  @Test
  void aPendingBillIsADraftEvenWhenItsTextHeadsAChapter() {
    String html =
        "<html><body><div id=\"bill_title\"><h2>AB-1906 Information privacy: connected"
            + " devices.(2017-2018)</h2></div><div id=\"bill_all\">Date Published: 03/12/2018"
            + " 09:00 PM <p>Assembly Bill No. 1906</p><p>CHAPTER 22.6. [Placeholder"
            + " heading]</p></div></body></html>";
    Fetched page =
        Fixtures.fetched(
            html.getBytes(StandardCharsets.UTF_8), AB_1906, HTML_UTF8, Fixtures.RETRIEVED);

    DocumentRecord bill = document(source.parse(page));

    assertThat(bill.id()).isEqualTo("doc:us-ca-ab-1906:2017-2018");
    assertThat(bill.status()).isEqualTo("DRAFT");
    assertThat(bill.version()).isNull();
    assertThat(bill.published()).isEqualTo(LocalDate.of(2018, 3, 12));
  }

  @Test
  void aPageHeadedWithAnotherBillIsAParseFailure() {
    assertThatThrownBy(
            () -> source.parse(fetched("california/bill-201720180SB327.html", AB_1906, HTML_UTF8)))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("headed SB-327, not AB-1906");
  }

  @Test
  void billIdsFollowTheSeedRule() {
    BillId sb = BillId.parse("201720180SB327").orElseThrow();

    assertThat(sb.session()).isEqualTo("2017-2018");
    assertThat(sb.measure()).isEqualTo("SB-327");
    assertThat(sb.chapteredId(2018)).isEqualTo("doc:us-ca-sb-327:chaptered-2018");
    assertThat(sb.name()).isEqualTo("Senate Bill No. 327");
    assertThat(sb.url()).isEqualTo(SB_327);
    assertThat(BillId.parse("201520161ABX1-1")).isEmpty();
    assertThat(BillId.parse("201520161AB1").orElseThrow().measure()).isEqualTo("ABX1-1");
    assertThat(BillId.parse("SB327")).isEmpty();
  }

  @Test
  void addressesThisSourceDoesNotReadAreRefused() {
    for (String url :
        List.of(
            "https://leginfo.legislature.ca.gov/faces/home.xhtml",
            "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?sectionNum=1",
            "https://leginfo.legislature.ca.gov/faces/billNavClient.xhtml")) {
      assertThatThrownBy(
              () -> source.parse(fetched("california/codes-civ-1798.91.04.html", url, HTML_UTF8)))
          .as(url)
          .isInstanceOf(ParseException.class)
          .hasMessageContaining(url);
    }
  }

  @Test
  void sourceStartsAtTheThreeSectionsAndTwoBillsOnLeginfoOnly() {
    assertThat(source.name()).isEqualTo("california");
    assertThat(source.hosts()).containsExactly("leginfo.legislature.ca.gov");
    assertThat(source.entryPoints())
        .containsExactly(
            URI.create(
                "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml"
                    + "?lawCode=CIV&sectionNum=1798.91.04"),
            URI.create(
                "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml"
                    + "?lawCode=CIV&sectionNum=1798.91.05"),
            URI.create(
                "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml"
                    + "?lawCode=CIV&sectionNum=1798.91.06"),
            URI.create(
                "https://leginfo.legislature.ca.gov/faces/billNavClient.xhtml"
                    + "?bill_id=201720180SB327"),
            URI.create(
                "https://leginfo.legislature.ca.gov/faces/billNavClient.xhtml"
                    + "?bill_id=201720180AB1906"));
    assertThat(source.requestHeaders(CaliforniaSource.SB_327)).isEmpty();
  }
}
