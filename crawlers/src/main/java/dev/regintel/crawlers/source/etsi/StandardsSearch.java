package dev.regintel.crawlers.source.etsi;

import dev.regintel.crawlers.CrawlRecord;
import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.ParseException;
import dev.regintel.crawlers.Parsed;
import dev.regintel.crawlers.fetch.DecodedText;
import dev.regintel.ontology.Provenance;
import java.net.URI;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * ETSI's standards-search data endpoint ({@code /?option=com_standardssearch&view=data&format=json
 * &...}): a JSON array of rows, one per deliverable version, with {@code wki_id}, {@code TITLE},
 * {@code ETSI_DELIVERABLE} ("ETSI EN 303 645 V2.1.1 (2020-06)"), {@code EDSpathname} and {@code
 * EDSPDFfilename} (the PDF under {@code /deliver/}), {@code STATUS_CODE} (12 published, 13
 * historical, lower while on approval, as third-party clients read it), {@code ACTION_TYPE} ({@code
 * PU} published, {@code WD} withdrawn), {@code superseded}, {@code new_versions} (work item ids of
 * later versions, comma-separated), {@code total_count} and {@code RowNum}. Values come as strings.
 *
 * <p>Each row gives one document, metadata only (ETSI's texts, the scope line included, may not be
 * reproduced). Status: WITHDRAWN for {@code WD}; DRAFT while on approval; SUPERSEDED when the row
 * says so ({@code superseded} 1 or status 13), or, listed as unverified, when it names later
 * versions; FINAL otherwise. Of a row's later versions that are in the response, the earliest
 * published one records that it supersedes the row. ETSI dates a deliverable by month only: {@code
 * published} is the first of that month and listed as unverified. Rows whose designation is not a
 * numbered deliverable (GS and GR are numbered by industry group) are skipped.
 *
 * <p>The endpoint belonged to ETSI's Joomla site; since the move to WordPress it answers {@code
 * text/html} with status 200, which is a parse failure saying so rather than a JSON error.
 */
final class StandardsSearch {

  private static final Logger log = LoggerFactory.getLogger(StandardsSearch.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final Pattern PAGE = Pattern.compile("(^|&)page=(\\d+)");

  private StandardsSearch() {}

  static Parsed parse(Fetched fetched) {
    JsonNode rows = readRows(fetched);
    Provenance provenance = EtsiSource.provenance(fetched);
    List<SearchRow> read = new ArrayList<>();
    int total = 0;
    int lastRow = 0;
    for (JsonNode node : rows) {
      total = Math.max(total, integer(string(node, "total_count")));
      lastRow = Math.max(lastRow, integer(string(node, "RowNum")));
      SearchRow.from(node).ifPresentOrElse(read::add, () -> skipped(node, fetched));
    }
    Map<SearchRow, List<String>> supersedes = supersessions(read);
    List<CrawlRecord> records = new ArrayList<>();
    for (SearchRow row : read) {
      records.add(row.toRecord(supersedes.getOrDefault(row, List.of()), provenance));
    }
    List<URI> links = new ArrayList<>();
    if (!rows.isEmpty() && lastRow > 0 && total > lastRow) {
      nextPage(fetched.url()).ifPresent(links::add);
    }
    return new Parsed(records, links);
  }

  /** For each row, the rows it supersedes: those naming it as their earliest later version. */
  private static Map<SearchRow, List<String>> supersessions(List<SearchRow> rows) {
    Map<String, SearchRow> byWorkItem = new HashMap<>();
    for (SearchRow row : rows) {
      if (row.workItem() != null) {
        byWorkItem.putIfAbsent(row.workItem(), row);
      }
    }
    Map<SearchRow, List<String>> supersedes = new IdentityHashMap<>();
    for (SearchRow older : rows) {
      older.newVersions().stream()
          .map(byWorkItem::get)
          .filter(newer -> newer != null && newer != older && newer.published())
          .min(
              Comparator.comparing(
                      SearchRow::month, Comparator.nullsLast(Comparator.<YearMonth>naturalOrder()))
                  .thenComparing(SearchRow::version))
          .ifPresent(
              newer -> supersedes.computeIfAbsent(newer, r -> new ArrayList<>()).add(older.id()));
    }
    return supersedes;
  }

  private static void skipped(JsonNode node, Fetched fetched) {
    log.warn(
        "ETSI search row without a numbered deliverable skipped in {}: {}",
        fetched.url(),
        string(node, "ETSI_DELIVERABLE"));
  }

  /**
   * The rows, after checking that the answer is JSON at all: the retired Joomla endpoint answers
   * with an HTML page. Decoded as all JSON is ({@link DecodedText#json}): a body that is not valid
   * UTF-8 is read as windows-1252, the commonest wrong encoding of such exports, rather than
   * failing on one accented title.
   */
  private static JsonNode readRows(Fetched fetched) {
    String text = DecodedText.json(fetched).text();
    String start = text.stripLeading();
    String type =
        fetched.contentType() == null ? "" : fetched.contentType().toLowerCase(Locale.ROOT);
    if (type.startsWith("text/html") || start.startsWith("<")) {
      throw new ParseException(
          "ETSI search returned HTML, not JSON; the interface has moved: " + fetched.url());
    }
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JacksonException e) {
      throw new ParseException(
          "malformed JSON in ETSI search " + fetched.url() + ": " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isArray()) {
      throw new ParseException("ETSI search answer is not a JSON array of rows: " + fetched.url());
    }
    return root;
  }

  /** The same search, one page on. */
  static Optional<URI> nextPage(URI url) {
    String query = url.getRawQuery();
    if (query == null) {
      return Optional.empty();
    }
    Matcher page = PAGE.matcher(query);
    String next =
        page.find()
            ? page.replaceFirst("$1page=" + (Integer.parseInt(page.group(2)) + 1))
            : query + "&page=2";
    return Optional.of(
        URI.create(
            url.getScheme() + "://" + url.getRawAuthority() + url.getRawPath() + "?" + next));
  }

  static String string(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (value.isString()) {
      String text = value.stringValue().strip();
      return text.isEmpty() ? null : text;
    }
    return value.isNumber() ? value.asString() : null;
  }

  static int integer(String value) {
    try {
      return value == null ? 0 : Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
