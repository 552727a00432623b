package dev.regintel.crawlers.source.uk;

import static dev.regintel.crawlers.source.SecureXml.attribute;
import static dev.regintel.crawlers.source.SecureXml.child;
import static dev.regintel.crawlers.source.SecureXml.children;
import static dev.regintel.crawlers.source.SecureXml.descendant;
import static dev.regintel.crawlers.source.SecureXml.text;

import dev.regintel.crawlers.CrawlRecord;
import dev.regintel.crawlers.DocumentRecord;
import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.ParseException;
import dev.regintel.crawlers.Parsed;
import dev.regintel.crawlers.RequirementRecord;
import dev.regintel.crawlers.source.SecureXml;
import dev.regintel.ontology.DocumentStatus;
import dev.regintel.ontology.Method;
import dev.regintel.ontology.Obligation;
import dev.regintel.ontology.Provenance;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * One item of legislation in CLML ({@code .../data.xml}, namespace {@value #LEG}): a document from
 * its metadata, and a requirement for every schedule and every numbered provision in a schedule,
 * with the official text (Crown copyright, reusable under the Open Government Licence).
 *
 * <p>Refs follow the seed: {@code Sch. 1}, {@code Sch. 1 para. 1}, {@code Sch. 1 para. 1(3)},
 * {@code Sch. 1 para. 1(3)(a)}. A provision's text is its whole wording, its sub-provisions
 * included inline ("Passwords must be— (a) unique per product; or (b) ..."), as the seed records
 * it. Schedules quoted inside amendments ({@code BlockAmendment}) belong to other legislation and
 * are skipped; the body (the regulations or sections) is not read yet.
 *
 * <p>Obligation, as far as the words tell: a provision saying "must" or "shall" (not in a relative
 * clause such as "which must be installed") is MANDATORY, one saying "should" RECOMMENDED; a
 * lettered or numbered item without such a word takes its list's obligation; a paragraph without
 * words of its own is MANDATORY when one of its sub-paragraphs is; anything else, and every
 * schedule, is INFORMATIVE.
 */
final class ClmlDocument {

  static final String LEG = "http://www.legislation.gov.uk/namespaces/legislation";
  static final String DC = "http://purl.org/dc/elements/1.1/";

  private static final Pattern SCHEDULE_NUMBER = Pattern.compile("(?i)schedule\\s+(\\S+)");
  private static final Pattern PROVISION = Pattern.compile("P(\\d)");
  private static final Pattern PROVISION_PARA = Pattern.compile("P\\dpara");
  private static final Pattern MUST =
      Pattern.compile("(?i)(?<!\\b(?:which|that|who) )\\b(?:must|shall)\\b");
  private static final Pattern SHOULD = Pattern.compile("(?i)\\bshould\\b");

  private ClmlDocument() {}

  static Parsed parse(Fetched fetched) {
    Document xml = SecureXml.parse(fetched);
    Element root = xml.getDocumentElement();
    if (!LEG.equals(root.getNamespaceURI()) || !"Legislation".equals(root.getLocalName())) {
      throw new ParseException("not CLML (no leg:Legislation root): " + fetched.url());
    }
    Element metadata = child(root, LegislationFeed.UKM, "Metadata");
    if (metadata == null) {
      throw new ParseException("CLML without ukm:Metadata: " + fetched.url());
    }
    LegislationItem item =
        item(root, metadata)
            .orElseThrow(
                () ->
                    new ParseException(
                        "no known type, year and number in the metadata of " + fetched.url()));
    Provenance provenance =
        new Provenance(
            fetched.url().toString(), fetched.retrieved(), Method.CRAWL, fetched.sha256());
    List<CrawlRecord> records = new ArrayList<>();
    records.add(document(fetched, metadata, item, provenance));
    NodeList schedules = root.getElementsByTagNameNS(LEG, "Schedule");
    for (int i = 0; i < schedules.getLength(); i++) {
      Element schedule = (Element) schedules.item(i);
      if (!insideAmendment(schedule)) {
        schedule(schedule, item.documentId(), provenance, records);
      }
    }
    return Parsed.of(records);
  }

  private static Optional<LegislationItem> item(Element root, Element metadata) {
    Optional<LegislationType> type =
        LegislationType.fromMainType(
            attribute(descendant(metadata, LegislationFeed.UKM, "DocumentMainType"), "Value"));
    String year = attribute(descendant(metadata, LegislationFeed.UKM, "Year"), "Value");
    String number = attribute(descendant(metadata, LegislationFeed.UKM, "Number"), "Value");
    if (type.isPresent() && year != null && number != null) {
      return Optional.of(new LegislationItem(type.get(), year, number));
    }
    return LegislationItem.fromIdUri(attribute(root, "IdURI"));
  }

  private static DocumentRecord document(
      Fetched fetched, Element metadata, LegislationItem item, Provenance provenance) {
    String ukm = LegislationFeed.UKM;
    String madeOrEnacted = attribute(descendant(metadata, ukm, "Made"), "Date");
    if (madeOrEnacted == null) {
      madeOrEnacted = attribute(descendant(metadata, ukm, "EnactmentDate"), "Date");
    }
    LocalDate made = LegislationFeed.date(madeOrEnacted);
    String identifier = text(descendant(metadata, DC, "identifier"));
    return new DocumentRecord(
        item.documentId(),
        item.code(),
        null,
        text(descendant(metadata, DC, "title")),
        item.kind(),
        status(metadata, item, fetched).name(),
        item.stage(),
        made,
        null,
        null,
        item.publisher(),
        List.of("GB"),
        identifier == null ? item.url() : identifier.replaceFirst("^http://", "https://"),
        null,
        List.of(),
        text(descendant(metadata, DC, "description")),
        item.unverified(),
        provenance);
  }

  /** In force once its first coming-into-force date has passed when it was fetched. */
  private static DocumentStatus status(Element metadata, LegislationItem item, Fetched fetched) {
    if (item.status() == DocumentStatus.DRAFT) {
      return DocumentStatus.DRAFT;
    }
    LocalDate fetchedOn = fetched.retrieved().atOffset(ZoneOffset.UTC).toLocalDate();
    NodeList comingIntoForce =
        metadata.getElementsByTagNameNS(LegislationFeed.UKM, "ComingIntoForce");
    LocalDate earliest = null;
    for (int i = 0; i < comingIntoForce.getLength(); i++) {
      for (Element dateTime : children(comingIntoForce.item(i), LegislationFeed.UKM, "DateTime")) {
        LocalDate date = LegislationFeed.date(attribute(dateTime, "Date"));
        if (date != null && (earliest == null || date.isBefore(earliest))) {
          earliest = date;
        }
      }
    }
    return earliest != null && !earliest.isAfter(fetchedOn)
        ? DocumentStatus.IN_FORCE
        : DocumentStatus.FINAL;
  }

  private static void schedule(
      Element schedule, String documentId, Provenance provenance, List<CrawlRecord> records) {
    Matcher number =
        SCHEDULE_NUMBER.matcher(
            Objects.requireNonNullElse(text(child(schedule, LEG, "Number")), ""));
    String ref = number.find() ? "Sch. " + number.group(1) : "Sch.";
    Element titleBlock = child(schedule, LEG, "TitleBlock");
    String title = text(child(titleBlock != null ? titleBlock : schedule, LEG, "Title"));
    records.add(
        new RequirementRecord(
            documentId, ref, null, title, null, Obligation.INFORMATIVE.name(), provenance));
    Element body = child(schedule, LEG, "ScheduleBody");
    if (body != null) {
      List<Provision> paragraphs = new ArrayList<>();
      collectParagraphs(body, ref, null, paragraphs);
      for (Provision paragraph : paragraphs) {
        paragraph.assignObligation(null);
        paragraph.emit(documentId, provenance, records);
      }
    }
  }

  /** The paragraphs (P1) of a schedule, through cross-headings, parts and chapters. */
  private static void collectParagraphs(
      Element container, String scheduleRef, String heading, List<Provision> paragraphs) {
    for (Element element : children(container)) {
      if (!LEG.equals(element.getNamespaceURI())) {
        continue;
      }
      switch (element.getLocalName()) {
        case "P1group" ->
            collectParagraphs(element, scheduleRef, text(child(element, LEG, "Title")), paragraphs);
        case "P1" -> {
          String number = text(child(element, LEG, "Pnumber"));
          if (number != null) {
            paragraphs.add(
                provision(element, 1, scheduleRef + " para. " + number, scheduleRef, heading));
          }
        }
        case "Part", "Chapter", "Pblock", "PsubBlock" ->
            collectParagraphs(element, scheduleRef, null, paragraphs);
        default -> {
          // titles, numbers and unnumbered text of the schedule are not provisions
        }
      }
    }
  }

  private static Provision provision(
      Element element, int level, String ref, String parentRef, String title) {
    Provision provision = new Provision(ref, parentRef, title, level);
    for (Element part : children(element)) {
      if (LEG.equals(part.getNamespaceURI())
          && PROVISION_PARA.matcher(part.getLocalName()).matches()) {
        collectContent(part, provision);
      }
    }
    return provision;
  }

  /** Text and sub-provisions, in document order. */
  private static void collectContent(Element container, Provision provision) {
    for (Element element : children(container)) {
      Matcher sub = PROVISION.matcher(element.getLocalName());
      if (LEG.equals(element.getNamespaceURI()) && sub.matches()) {
        String number = text(child(element, LEG, "Pnumber"));
        if (number != null) {
          provision.add(
              provision(
                  element,
                  Integer.parseInt(sub.group(1)),
                  provision.ref + "(" + number + ")",
                  provision.ref,
                  null),
              number);
        }
      } else if (containsProvision(element)) {
        collectContent(element, provision);
      } else {
        String text = text(element);
        if (text != null) {
          provision.addText(text);
        }
      }
    }
  }

  private static boolean containsProvision(Element element) {
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && ((LEG.equals(e.getNamespaceURI()) && PROVISION.matcher(e.getLocalName()).matches())
              || containsProvision(e))) {
        return true;
      }
    }
    return false;
  }

  private static boolean insideAmendment(Element element) {
    for (Node n = element.getParentNode(); n instanceof Element e; n = e.getParentNode()) {
      if (LEG.equals(e.getNamespaceURI()) && "BlockAmendment".equals(e.getLocalName())) {
        return true;
      }
    }
    return false;
  }

  /** A numbered provision, its own words, and its sub-provisions. */
  private static final class Provision {
    private final String ref;
    private final String parentRef;
    private final String title;
    private final int level;
    private final List<String> own = new ArrayList<>();
    private final List<String> whole = new ArrayList<>();
    private final List<Provision> children = new ArrayList<>();
    private Obligation obligation;

    Provision(String ref, String parentRef, String title, int level) {
      this.ref = ref;
      this.parentRef = parentRef;
      this.title = title;
      this.level = level;
    }

    void addText(String text) {
      own.add(text);
      whole.add(text);
    }

    void add(Provision child, String number) {
      children.add(child);
      whole.add("(" + number + ")" + (child.wholeText() == null ? "" : " " + child.wholeText()));
    }

    String ownText() {
      return own.isEmpty() ? null : String.join(" ", own);
    }

    String wholeText() {
      return whole.isEmpty() ? null : String.join(" ", whole);
    }

    void assignObligation(Obligation list) {
      Obligation declared = declared(ownText());
      if (level == 1 && declared == null) {
        children.forEach(c -> c.assignObligation(null));
        obligation =
            children.stream().anyMatch(c -> c.obligation == Obligation.MANDATORY)
                ? Obligation.MANDATORY
                : Obligation.INFORMATIVE;
        return;
      }
      if (declared != null) {
        obligation = declared;
      } else {
        obligation = level >= 3 && list != null ? list : Obligation.INFORMATIVE;
      }
      children.forEach(c -> c.assignObligation(obligation));
    }

    void emit(String documentId, Provenance provenance, List<CrawlRecord> records) {
      records.add(
          new RequirementRecord(
              documentId, ref, parentRef, title, wholeText(), obligation.name(), provenance));
      children.forEach(c -> c.emit(documentId, provenance, records));
    }

    private static Obligation declared(String text) {
      if (text == null) {
        return null;
      }
      if (MUST.matcher(text).find()) {
        return Obligation.MANDATORY;
      }
      return SHOULD.matcher(text).find() ? Obligation.RECOMMENDED : null;
    }
  }
}
