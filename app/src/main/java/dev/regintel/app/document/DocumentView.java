package dev.regintel.app.document;

import dev.regintel.app.internal.graphql.ProvenanceView;
import dev.regintel.app.internal.neo4j.Values;
import java.time.LocalDate;
import java.util.List;
import org.neo4j.driver.types.Node;

/** One document version as the API shows it. */
public record DocumentView(
    String id,
    String code,
    String title,
    String titleJa,
    String summary,
    String summaryJa,
    String kind,
    String status,
    String version,
    List<String> aliases,
    LocalDate published,
    String publishedPrecision,
    String stage,
    LocalDate inForce,
    String url,
    CommentPeriodView commentPeriod,
    List<String> unverified,
    String note,
    String textLicence,
    ProvenanceView source) {

  /**
   * The title, or where a source gave none (an ETSI deliver listing names versions only) the
   * designation with its version, e.g. "ETSI TS 103 645 V2.1.1".
   */
  static String titleOf(Node n) {
    String title = Values.str(n, "title");
    if (title != null) {
      return title;
    }
    String version = Values.str(n, "version");
    return Values.str(n, "code") + (version == null ? "" : " " + version);
  }

  public static DocumentView of(Node n) {
    LocalDate opens = Values.date(n, "commentOpens");
    LocalDate closes = Values.date(n, "commentCloses");
    return new DocumentView(
        Values.str(n, "id"),
        Values.str(n, "code"),
        titleOf(n),
        Values.str(n, "titleJa"),
        Values.str(n, "summary"),
        Values.str(n, "summaryJa"),
        Values.str(n, "kind"),
        Values.str(n, "status"),
        Values.str(n, "version"),
        Values.strings(n, "aliases"),
        Values.date(n, "published"),
        Values.str(n, "publishedPrecision"),
        Values.str(n, "stage"),
        Values.date(n, "inForce"),
        Values.str(n, "url"),
        opens == null && closes == null
            ? null
            : new CommentPeriodView(opens, closes, Values.date(n, "published")),
        Values.strings(n, "unverified"),
        Values.str(n, "note"),
        Values.str(n, "textLicence"),
        ProvenanceView.of(n));
  }
}
