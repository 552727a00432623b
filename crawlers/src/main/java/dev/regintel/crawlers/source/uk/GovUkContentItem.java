package dev.regintel.crawlers.source.uk;

import static dev.regintel.crawlers.source.JsonBodies.text;
import static dev.regintel.crawlers.source.uk.GovUkConsultation.firstDate;

import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.ParseException;
import dev.regintel.crawlers.Parsed;
import dev.regintel.crawlers.source.JsonBodies;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A GOV.UK Content API item ({@code /api/content/<base path>}) of schema {@code consultation}:
 * {@code base_path}, {@code title}, {@code description}, {@code document_type}, {@code
 * details.opening_date} and {@code details.closing_date}, {@code links.organisations[]}. Any other
 * kind of item is refused, so a crawl that wanders off consultations fails loudly.
 */
final class GovUkContentItem {

  private GovUkContentItem() {}

  static Parsed parse(Fetched fetched) {
    JsonNode item = JsonBodies.object(fetched);
    String type = text(item, "document_type");
    String basePath = text(item, "base_path");
    if (!GovUkConsultation.isConsultation(type) || basePath == null) {
      throw new ParseException(
          "not a GOV.UK consultation (document_type " + type + "): " + fetched.url());
    }
    JsonNode details = item.path("details");
    List<String> organisations = new ArrayList<>();
    for (JsonNode organisation : item.path("links").path("organisations")) {
      GovUkConsultation.organisationSlug(organisation).ifPresent(organisations::add);
    }
    GovUkConsultation consultation =
        new GovUkConsultation(
            basePath,
            type,
            text(item, "title"),
            text(item, "description"),
            firstDate(details, "opening_date"),
            firstDate(details, "closing_date"),
            organisations);
    return Parsed.of(List.of(consultation.toRecord(GovUkConsultation.provenance(fetched))));
  }
}
