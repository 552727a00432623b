package dev.regintel.crawlers.source.california;

import dev.regintel.crawlers.DocumentRecord;
import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.ParseException;
import dev.regintel.crawlers.Parsed;
import dev.regintel.ontology.DocumentStatus;
import dev.regintel.ontology.Text;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A bill's page ({@code /faces/billNavClient.xhtml?bill_id=201720180SB327}), which opens on the
 * latest text: the heading "SB-327 Information privacy: connected devices.(2017-2018)" ({@code
 * #bill_title}), then in {@code #bill_all} "Date Published: 09/28/2018 09:00 PM" and the bill's
 * text, which for a chaptered bill starts "Senate Bill No. 327 CHAPTER 886 An act to add ... [
 * Approved by Governor September 28, 2018. Filed with Secretary of State September 28, 2018. ]" (a
 * "Chapter 886, Statutes of 2018" status line is read too, where the page has one). A "CHAPTER n"
 * line counts only with the approval note, since pending bills head added chapters so.
 *
 * <p>One document: a chaptered bill is FINAL, its version "Chapter 886, Statutes of 2018", its
 * stage "Chaptered (Chapter 886, Statutes of 2018)" and its date the day it was filed with the
 * Secretary of State (else approved), as the seed records them; a vetoed bill is WITHDRAWN; any
 * other is a DRAFT dated by the text's "Date Published". The title is "Senate Bill No. 327:
 * Information privacy: connected devices". The identity comes from the address ({@link BillId}); a
 * page headed with another bill is refused.
 */
final class BillPage {

  private static final Pattern HEADING =
      Pattern.compile(
          "([A-Z]{2,3}(?:X\\d+)?-\\d+)\\s+(.+?)\\.?\\s*(?:\\((\\d{4})-(\\d{4})\\))?\\s*");
  private static final Pattern STATUTES =
      Pattern.compile("(?i)Chapter\\s+(\\d+),\\s+Statutes\\s+of\\s+(\\d{4})");
  private static final Pattern CHAPTER = Pattern.compile("\\bCHAPTER\\s+(\\d+)\\b");
  private static final String DATE = "([A-Z][a-z]+\\s+\\d{1,2},\\s+\\d{4})";
  private static final Pattern FILED =
      Pattern.compile("Filed\\s+with\\s+(?:the\\s+)?Secretary\\s+of\\s+State\\s+" + DATE);
  private static final Pattern APPROVED = Pattern.compile("Approved\\s+by\\s+Governor\\s+" + DATE);
  private static final Pattern VETOED =
      Pattern.compile("(?i)\\bVetoed\\s+by\\s+(?:the\\s+)?Governor");
  private static final Pattern DATE_PUBLISHED =
      Pattern.compile("Date Published:\\s*(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);

  private BillPage() {}

  static Parsed parse(Fetched fetched) {
    BillId bill =
        LeginfoPages.parameter(fetched.url(), "bill_id")
            .flatMap(BillId::parse)
            .orElseThrow(() -> new ParseException("no bill_id in the address " + fetched.url()));
    Document page = LeginfoPages.parse(fetched);
    Matcher heading = heading(page);
    if (heading == null) {
      throw new ParseException(
          "no bill heading (#bill_title) on " + fetched.url() + "; an error page?");
    }
    if (!heading.group(1).equals(bill.measure())) {
      throw new ParseException(
          "the page is headed "
              + heading.group(1)
              + ", not "
              + bill.measure()
              + ": "
              + fetched.url());
    }
    Element content = page.selectFirst("#bill_all");
    String text = Text.collapse((content != null ? content : page.body()).text());
    String title = bill.name() + ": " + heading.group(2);

    Matcher statutes = STATUTES.matcher(text);
    Matcher chapter = CHAPTER.matcher(text);
    LocalDate filed = longDate(FILED.matcher(text));
    LocalDate approved = longDate(APPROVED.matcher(text));
    LocalDate chaptered = filed != null ? filed : approved;
    String chapterNumber = null;
    int year = 0;
    if (statutes.find()) {
      chapterNumber = statutes.group(1);
      year = Integer.parseInt(statutes.group(2));
    } else if (chaptered != null && chapter.find()) {
      // Without the approval note, "CHAPTER 22.6." is a heading in the text of a pending bill.
      chapterNumber = chapter.group(1);
      year = chaptered.getYear();
    }
    if (chapterNumber != null) {
      String version = "Chapter " + chapterNumber + ", Statutes of " + year;
      return record(
          fetched,
          bill,
          bill.chapteredId(year),
          version,
          title,
          DocumentStatus.FINAL,
          "Chaptered (" + version + ")",
          chaptered);
    }
    if (VETOED.matcher(text).find()) {
      return record(
          fetched, bill, bill.sessionId(), null, title, DocumentStatus.WITHDRAWN, "Vetoed", null);
    }
    return record(
        fetched,
        bill,
        bill.sessionId(),
        null,
        title,
        DocumentStatus.DRAFT,
        null,
        datePublished(text));
  }

  private static Parsed record(
      Fetched fetched,
      BillId bill,
      String id,
      String version,
      String title,
      DocumentStatus status,
      String stage,
      LocalDate published) {
    return Parsed.of(
        List.of(
            new DocumentRecord(
                id,
                bill.measure(),
                version,
                title,
                "BILL",
                status.name(),
                stage,
                published,
                null,
                null,
                CaliforniaSource.PUBLISHER,
                CaliforniaSource.JURISDICTIONS,
                bill.url(),
                null,
                List.of(),
                null,
                List.of(),
                LeginfoPages.provenance(fetched))));
  }

  /** The "SB-327 Subject.(2017-2018)" heading: {@code #bill_title}, else the first that fits. */
  private static Matcher heading(Document page) {
    for (Element candidate : page.select("#bill_title, h1, h2, h3")) {
      Matcher m = HEADING.matcher(Text.collapse(candidate.text()));
      if (m.matches()) {
        return m;
      }
    }
    return null;
  }

  private static LocalDate longDate(Matcher m) {
    if (!m.find()) {
      return null;
    }
    try {
      return LocalDate.parse(Text.collapse(m.group(1)), LONG_DATE);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static LocalDate datePublished(String text) {
    Matcher m = DATE_PUBLISHED.matcher(text);
    if (!m.find()) {
      return null;
    }
    try {
      return LocalDate.of(
          Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
