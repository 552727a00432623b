package dev.regintel.crawlers.source.etsi;

import static dev.regintel.crawlers.source.etsi.StandardsSearch.integer;
import static dev.regintel.crawlers.source.etsi.StandardsSearch.string;

import dev.regintel.crawlers.DocumentRecord;
import dev.regintel.ontology.DocumentStatus;
import dev.regintel.ontology.Provenance;
import dev.regintel.ontology.Text;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * One row of the standards search, read (see {@link StandardsSearch} for the fields and the status
 * rule). The deliverable and version come from {@code ETSI_DELIVERABLE}, or from {@code
 * EDSpathname} when the designation cannot be read.
 *
 * @param workItem ETSI's work item id ({@code wki_id})
 * @param month the publication month the designation gives, or null
 * @param statusInferred whether SUPERSEDED was inferred from {@code new_versions}
 * @param newVersions work item ids of later versions
 */
record SearchRow(
    EtsiWork work,
    EtsiVersion version,
    YearMonth month,
    String workItem,
    String title,
    String url,
    DocumentStatus status,
    String stage,
    boolean statusInferred,
    Set<String> newVersions) {

  /** "ETSI EN 303 645 V2.1.1 (2020-06)", "ETSI ES 201 873-1 V1.1.2 (2001-06)". */
  private static final Pattern DESIGNATION =
      Pattern.compile(
          "^(?:Draft\\s+)?(?:ETSI\\s+)?([A-Z]{2})\\s+(\\d{3})\\s?(\\d{3})(?:-(\\d{1,2}))?"
              + "\\s+V(\\d{1,2})\\.(\\d{1,2})\\.(\\d{1,2})(?:\\s*\\((\\d{4})-(\\d{2})\\))?");

  private static final Pattern VERSION_FOLDER =
      Pattern.compile("(.*/)(\\d{2}\\.\\d{2}\\.\\d{2})_(\\d{2})/?$");

  private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;\\s]+");

  private static final int PUBLISHED = 12;
  private static final int HISTORICAL = 13;

  /** The row's deliverable version, if it names a numbered deliverable. */
  static Optional<SearchRow> from(JsonNode node) {
    String folder = folder(node);
    String designation = string(node, "ETSI_DELIVERABLE");
    Matcher m = designation == null ? null : DESIGNATION.matcher(designation);
    EtsiWork work;
    EtsiVersion version;
    YearMonth month = null;
    if (m != null && m.find() && EtsiWork.isKnownType(m.group(1))) {
      work = new EtsiWork(m.group(1), m.group(2) + m.group(3), m.group(4));
      version =
          new EtsiVersion(
              Integer.parseInt(m.group(5)),
              Integer.parseInt(m.group(6)),
              Integer.parseInt(m.group(7)));
      month = month(m.group(8), m.group(9));
    } else {
      Matcher path = folder == null ? null : VERSION_FOLDER.matcher(folder);
      Optional<EtsiWork> fromPath =
          path != null && path.matches()
              ? EtsiWork.fromDeliverPath(path.group(1))
              : Optional.empty();
      if (fromPath.isEmpty()) {
        return Optional.empty();
      }
      work = fromPath.get();
      version = EtsiVersion.fromFolder(path.group(2)).orElseThrow();
    }
    String action = string(node, "ACTION_TYPE");
    int statusCode = integer(string(node, "STATUS_CODE"));
    Set<String> newVersions = list(string(node, "new_versions"));
    DocumentStatus status;
    String stage = work.publishedStage();
    boolean inferred = false;
    if ("WD".equalsIgnoreCase(action)) {
      status = DocumentStatus.WITHDRAWN;
      stage = "Withdrawn";
    } else if ((action != null && !"PU".equalsIgnoreCase(action))
        || (statusCode > 0 && statusCode < PUBLISHED)) {
      status = DocumentStatus.DRAFT;
      stage = "On approval";
    } else if ("1".equals(string(node, "superseded")) || statusCode == HISTORICAL) {
      status = DocumentStatus.SUPERSEDED;
    } else if (!newVersions.isEmpty()) {
      status = DocumentStatus.SUPERSEDED;
      inferred = true;
    } else {
      status = DocumentStatus.FINAL;
    }
    String title = string(node, "TITLE");
    return Optional.of(
        new SearchRow(
            work,
            version,
            month,
            string(node, "wki_id"),
            Text.collapse(title),
            url(folder, string(node, "EDSPDFfilename")),
            status,
            stage,
            inferred,
            newVersions));
  }

  String id() {
    return work.documentId(version);
  }

  /** Published, whether still current or since replaced: only such a version supersedes. */
  boolean published() {
    return status == DocumentStatus.FINAL || status == DocumentStatus.SUPERSEDED;
  }

  DocumentRecord toRecord(List<String> supersedes, Provenance provenance) {
    List<String> unverified = new ArrayList<>();
    if (month != null) {
      // ETSI dates a deliverable by month; the day is not stated.
      unverified.add("published");
    }
    if (statusInferred) {
      unverified.add("status");
    }
    return work.document(
        version,
        title,
        status,
        stage,
        month == null ? null : month.atDay(1),
        url,
        supersedes,
        unverified,
        provenance);
  }

  /** EDSpathname, without the backslashes some exports escape its slashes with. */
  private static String folder(JsonNode node) {
    String path = string(node, "EDSpathname");
    if (path == null) {
      return null;
    }
    path = path.replace("\\", "");
    return path.endsWith("/") ? path : path + "/";
  }

  private static String url(String folder, String pdf) {
    if (folder == null) {
      return null;
    }
    String base = EtsiWork.DELIVER + (folder.startsWith("/") ? folder.substring(1) : folder);
    return pdf == null ? base : base + pdf;
  }

  private static Set<String> list(String value) {
    if (value == null) {
      return Set.of();
    }
    return LIST_SEPARATOR
        .splitAsStream(value)
        .filter(s -> !s.isBlank())
        .collect(Collectors.toUnmodifiableSet());
  }

  private static YearMonth month(String year, String month) {
    if (year == null) {
      return null;
    }
    try {
      return YearMonth.of(Integer.parseInt(year), Integer.parseInt(month));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
