package dev.regintel.crawlers.source.eu;

import dev.regintel.crawlers.CrawlRecord;
import dev.regintel.crawlers.DocumentRecord;
import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.ParseException;
import dev.regintel.crawlers.Parsed;
import dev.regintel.crawlers.source.HtmlPages;
import dev.regintel.ontology.DocumentStatus;
import dev.regintel.ontology.Method;
import dev.regintel.ontology.Provenance;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An act as the Official Journal publishes it (CELLAR's XHTML manifestation, EUR-Lex's OJ HTML): a
 * document from its title block and OJ header, and requirements for its articles, paragraphs,
 * points and annexes (see {@link OjStructure}), with the official text (reusable under Commission
 * Decision 2011/833/EU).
 *
 * <p>Status: the act is IN_FORCE when its entry-into-force clause ("shall enter into force on the
 * twentieth day following that of its publication in the Official Journal") counted from the OJ
 * date has passed when it was fetched, else FINAL.
 */
final class OjAct {

  private static final DateTimeFormatter OJ_DATE = DateTimeFormatter.ofPattern("d.M.uuuu");
  private static final Pattern ENTRY_INTO_FORCE =
      Pattern.compile(
          "(?i)enter into force on the (?:(\\w+) )?day following (?:that of )?its publication");
  private static final Map<String, Integer> ORDINAL_DAYS =
      Map.of("third", 3, "fifth", 5, "seventh", 7, "tenth", 10, "fifteenth", 15, "twentieth", 20);

  private OjAct() {}

  static Parsed parse(Fetched fetched) {
    Document page = HtmlPages.parse(fetched);
    page.select("span.oj-note-tag").remove();
    List<String> titleLines =
        page.select("div.eli-main-title p.oj-doc-ti").stream().map(OjStructure::text).toList();
    EuActTitle act =
        EuActTitle.fromLines(titleLines)
            .orElseThrow(
                () ->
                    new ParseException(
                        "no Official Journal act title (div.eli-main-title) in "
                            + fetched.url()
                            + "; a challenge or error page?"));
    Provenance provenance =
        new Provenance(
            fetched.url().toString(), fetched.retrieved(), Method.CRAWL, fetched.sha256());

    List<OjProvision> provisions = new ArrayList<>();
    page.select("div[id~=^art_\\d+[a-z]*$]")
        .forEach(div -> provisions.add(OjStructure.article(div)));
    page.select("div[id~=^anx_[IVXLC0-9]+$]")
        .forEach(div -> provisions.add(OjStructure.annex(div)));

    List<CrawlRecord> records = new ArrayList<>();
    records.add(document(fetched, page, act, provenance));
    for (OjProvision provision : provisions) {
      provision.assignObligations(null);
      provision.emit(act.documentId(), provenance, records);
    }
    return Parsed.of(records);
  }

  private static DocumentRecord document(
      Fetched fetched, Document page, EuActTitle act, Provenance provenance) {
    return new DocumentRecord(
        act.documentId(),
        act.code(),
        null,
        act.title(),
        act.kind(),
        status(page, fetched).name(),
        "Adopted act (published in the Official Journal)",
        act.signed(),
        null,
        null,
        act.publisher(),
        List.of("EU"),
        act.eli(),
        null,
        act.repeals(),
        null,
        List.of(),
        provenance);
  }

  private static DocumentStatus status(Document page, Fetched fetched) {
    Element header = page.selectFirst("p.oj-hd-date");
    Matcher clause = ENTRY_INTO_FORCE.matcher(page.text());
    if (header == null || !clause.find()) {
      return DocumentStatus.FINAL;
    }
    Integer days =
        clause.group(1) == null
            ? Integer.valueOf(1)
            : ORDINAL_DAYS.get(clause.group(1).toLowerCase(Locale.ROOT));
    try {
      LocalDate published = LocalDate.parse(OjStructure.text(header), OJ_DATE);
      LocalDate fetchedOn = fetched.retrieved().atOffset(ZoneOffset.UTC).toLocalDate();
      return days != null && !published.plusDays(days).isAfter(fetchedOn)
          ? DocumentStatus.IN_FORCE
          : DocumentStatus.FINAL;
    } catch (DateTimeException e) {
      return DocumentStatus.FINAL;
    }
  }
}
