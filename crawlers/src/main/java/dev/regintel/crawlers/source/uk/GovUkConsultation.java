package dev.regintel.crawlers.source.uk;

import dev.regintel.crawlers.DocumentRecord;
import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.source.JsonBodies;
import dev.regintel.ontology.Ids;
import dev.regintel.ontology.Method;
import dev.regintel.ontology.Provenance;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * What the GOV.UK Search API and Content API say about a consultation, and how it becomes a
 * document: kind CONSULTATION, status FINAL (the consultation paper is published; where the
 * consultation stands is in the stage), the comment period from its opening and closing dates.
 *
 * <p>Ids: consultations the seed already holds keep the seed's id (GOV.UK's address does not carry
 * the seed's date-based version); any other is {@code doc:uk-consultation-<last segment of its base
 * path>}, which GOV.UK keeps unique and stable.
 *
 * @param basePath the GOV.UK path, e.g. {@code /government/consultations/<slug>}
 * @param documentType {@code open_consultation}, {@code closed_consultation} or {@code
 *     consultation_outcome}
 * @param title the title
 * @param description GOV.UK's summary (Open Government Licence)
 * @param opens when comments open
 * @param closes when comments close
 * @param organisations the slugs of the organisations that hold the consultation
 */
record GovUkConsultation(
    String basePath,
    String documentType,
    String title,
    String description,
    LocalDate opens,
    LocalDate closes,
    List<String> organisations) {

  private static final Logger log = LoggerFactory.getLogger(GovUkConsultation.class);

  /** Seed documents that are GOV.UK consultations: their base path, id and family. */
  private static final Map<String, Seeded> SEEDED =
      Map.of(
          "/government/consultations/consultation-on-regulatory-proposals-on-consumer-iot-security",
          new Seeded(
              "doc:uk-dcms-consumer-iot-consultation:2019-05", "uk-consumer-iot-regulation"));

  private record Seeded(String id, String family) {}

  /** GOV.UK organisation slugs of the publishers the graph knows. */
  private static final Map<String, String> PUBLISHERS =
      Map.of(
          "department-for-science-innovation-and-technology", "pub:dsit",
          "department-for-digital-culture-media-sport", "pub:dcms",
          "department-for-culture-media-and-sport", "pub:dcms",
          "national-cyber-security-centre", "pub:ncsc-uk");

  /**
   * The publisher given when none of the consultation's organisations is one the graph knows: HM
   * Government, for which GOV.UK publishes; the record then lists its publisher as unverified.
   */
  static final String HM_GOVERNMENT = "pub:hm-government";

  private java.util.Optional<String> knownPublisher() {
    return organisations.stream().map(PUBLISHERS::get).filter(Objects::nonNull).findFirst();
  }

  private static final Map<String, String> STAGES =
      Map.of(
          "open_consultation", "Consultation (open)",
          "closed_consultation", "Consultation (closed)",
          "consultation_outcome", "Consultation (outcome published)");

  /** Whether GOV.UK's document type is one of the three consultation types this source reads. */
  static boolean isConsultation(String documentType) {
    return documentType != null && STAGES.containsKey(documentType);
  }

  String documentId() {
    Seeded seeded = SEEDED.get(basePath);
    return seeded != null ? seeded.id() : "doc:" + work();
  }

  String family() {
    Seeded seeded = SEEDED.get(basePath);
    return seeded != null ? seeded.family() : work();
  }

  private String work() {
    String slug = basePath.substring(basePath.lastIndexOf('/') + 1);
    return "uk-consultation-" + Ids.slug(slug);
  }

  DocumentRecord toRecord(Provenance provenance) {
    return new DocumentRecord(
        documentId(),
        title,
        null,
        title,
        "CONSULTATION",
        "FINAL",
        STAGES.get(documentType),
        opens,
        opens,
        closes,
        knownPublisher().orElse(HM_GOVERNMENT),
        List.of("GB"),
        "https://www.gov.uk" + basePath,
        family(),
        List.of(),
        description,
        knownPublisher().isPresent() ? List.of() : List.of("publisher"),
        provenance);
  }

  static Provenance provenance(Fetched fetched) {
    return new Provenance(
        fetched.url().toString(), fetched.retrieved(), Method.CRAWL, fetched.sha256());
  }

  /** The local date of a GOV.UK timestamp ("2019-05-01T10:00:00+01:00") or date. */
  static LocalDate date(String value) {
    if (value == null) {
      return null;
    }
    try {
      return value.length() > 10
          ? OffsetDateTime.parse(value).toLocalDate()
          : LocalDate.parse(value);
    } catch (DateTimeException e) {
      log.warn("unreadable GOV.UK date '{}'", value);
      return null;
    }
  }

  /** The first of the fields that holds a date. */
  static LocalDate firstDate(JsonNode node, String... fields) {
    for (String field : fields) {
      LocalDate date = date(JsonBodies.text(node, field));
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  /** The organisation slug in a search result's organisation (an object or a bare slug). */
  static Optional<String> organisationSlug(JsonNode organisation) {
    if (organisation.isString()) {
      return Optional.of(organisation.stringValue());
    }
    String slug = JsonBodies.text(organisation, "slug");
    if (slug != null) {
      return Optional.of(slug);
    }
    String basePath = JsonBodies.text(organisation, "base_path");
    return basePath == null
        ? Optional.empty()
        : Optional.of(basePath.substring(basePath.lastIndexOf('/') + 1));
  }
}
