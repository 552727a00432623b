package dev.regintel.crawlers.source.uk;

import static dev.regintel.crawlers.source.JsonBodies.text;
import static dev.regintel.crawlers.source.uk.GovUkConsultation.firstDate;

import dev.regintel.crawlers.CrawlRecord;
import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.ParseException;
import dev.regintel.crawlers.Parsed;
import dev.regintel.crawlers.source.JsonBodies;
import dev.regintel.ontology.Provenance;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A GOV.UK Search API response ({@code /api/search.json}): {@code {results[], total, start, ...}},
 * each result with {@code link} (the base path), {@code title}, {@code description}, {@code
 * content_store_document_type}, {@code organisations} and, for consultations, the opening and
 * closing dates as {@code start_date}/{@code end_date} (or {@code opening_date}/{@code
 * closing_date}; both spellings are read). Results that are not consultations are skipped. Each
 * consultation's Content API item is offered as a link, since it has the authoritative dates.
 */
final class GovUkSearchResults {

  private GovUkSearchResults() {}

  static Parsed parse(Fetched fetched) {
    JsonNode results = JsonBodies.object(fetched).path("results");
    if (!results.isArray()) {
      throw new ParseException("GOV.UK search response without results: " + fetched.url());
    }
    Provenance provenance = GovUkConsultation.provenance(fetched);
    List<CrawlRecord> records = new ArrayList<>();
    List<URI> links = new ArrayList<>();
    for (JsonNode result : results) {
      String link = text(result, "link");
      String type = text(result, "content_store_document_type");
      if (link == null || !link.startsWith("/") || !GovUkConsultation.isConsultation(type)) {
        continue;
      }
      List<String> organisations = new ArrayList<>();
      for (JsonNode organisation : result.path("organisations")) {
        GovUkConsultation.organisationSlug(organisation).ifPresent(organisations::add);
      }
      GovUkConsultation consultation =
          new GovUkConsultation(
              link,
              type,
              text(result, "title"),
              text(result, "description"),
              firstDate(result, "start_date", "opening_date"),
              firstDate(result, "end_date", "closing_date"),
              organisations);
      records.add(consultation.toRecord(provenance));
      links.add(URI.create("https://www.gov.uk/api/content" + link));
    }
    return new Parsed(records, links);
  }
}
