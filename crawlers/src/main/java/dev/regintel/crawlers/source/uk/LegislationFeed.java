package dev.regintel.crawlers.source.uk;

import static dev.regintel.crawlers.source.SecureXml.attribute;
import static dev.regintel.crawlers.source.SecureXml.child;
import static dev.regintel.crawlers.source.SecureXml.children;
import static dev.regintel.crawlers.source.SecureXml.text;

import dev.regintel.crawlers.CrawlRecord;
import dev.regintel.crawlers.DocumentRecord;
import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.ParseException;
import dev.regintel.crawlers.Parsed;
import dev.regintel.crawlers.source.SecureXml;
import dev.regintel.ontology.Method;
import dev.regintel.ontology.Provenance;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A legislation.gov.uk Atom list ({@code /new/data.feed}, {@code /search/data.feed?...}, {@code
 * /<type>/data.feed}): one document per entry, from {@code ukm:DocumentMainType}, {@code ukm:Year},
 * {@code ukm:Number} (falling back to the entry's identifier URI), {@code ukm:CreationDate} (the
 * enactment or making date), the title and the summary. Links are not followed from a list: the
 * texts worth reading are entry points of their own, and a list of every new instrument would
 * otherwise pull in the whole statute book.
 */
final class LegislationFeed {

  static final String ATOM = "http://www.w3.org/2005/Atom";
  static final String UKM = "http://www.legislation.gov.uk/namespaces/metadata";

  private static final Logger log = LoggerFactory.getLogger(LegislationFeed.class);

  private LegislationFeed() {}

  static Parsed parse(Fetched fetched) {
    Document xml = SecureXml.parse(fetched);
    Element feed = xml.getDocumentElement();
    if (!ATOM.equals(feed.getNamespaceURI()) || !"feed".equals(feed.getLocalName())) {
      throw new ParseException("not an Atom feed: " + fetched.url());
    }
    Provenance provenance =
        new Provenance(
            fetched.url().toString(), fetched.retrieved(), Method.CRAWL, fetched.sha256());
    List<CrawlRecord> records = new ArrayList<>();
    for (Element entry : children(feed, ATOM, "entry")) {
      Optional<LegislationItem> item = item(entry);
      if (item.isEmpty()) {
        log.warn(
            "legislation.gov.uk feed entry of an unknown type skipped: {}",
            text(child(entry, ATOM, "id")));
        continue;
      }
      records.add(record(entry, item.get(), provenance));
    }
    return Parsed.of(records);
  }

  private static Optional<LegislationItem> item(Element entry) {
    Optional<LegislationType> type =
        LegislationType.fromMainType(attribute(child(entry, UKM, "DocumentMainType"), "Value"));
    String year = attribute(child(entry, UKM, "Year"), "Value");
    String number = attribute(child(entry, UKM, "Number"), "Value");
    if (type.isPresent() && year != null && number != null) {
      return Optional.of(new LegislationItem(type.get(), year, number));
    }
    return LegislationItem.fromIdUri(text(child(entry, ATOM, "id")));
  }

  private static DocumentRecord record(Element entry, LegislationItem item, Provenance provenance) {
    return new DocumentRecord(
        item.documentId(),
        item.code(),
        null,
        text(child(entry, ATOM, "title")),
        item.kind(),
        item.status().name(),
        item.stage(),
        date(attribute(child(entry, UKM, "CreationDate"), "Date")),
        null,
        null,
        item.publisher(),
        List.of("GB"),
        item.url(),
        null,
        List.of(),
        text(child(entry, ATOM, "summary")),
        item.unverified(),
        provenance);
  }

  static LocalDate date(String value) {
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (DateTimeException e) {
      log.warn("unreadable legislation.gov.uk date '{}'", value);
      return null;
    }
  }
}
