package dev.regintel.crawlers.source.etsi;

import dev.regintel.crawlers.CrawlRecord;
import dev.regintel.crawlers.DocumentRecord;
import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.ParseException;
import dev.regintel.crawlers.Parsed;
import dev.regintel.crawlers.source.HtmlPages;
import dev.regintel.ontology.DocumentStatus;
import dev.regintel.ontology.Provenance;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The directory listing of one deliverable in ETSI's deliver tree ({@code
 * /deliver/etsi_en/303600_303699/303645/}): one link per version folder, {@code
 * <MM.tt.ee>_<suffix>/}. Whatever the server's listing style (Apache's table or IIS's {@code <pre>}
 * list), only links to folders directly below the listed one count.
 *
 * <p>Each version folder gives one document, metadata only (ETSI's texts may not be reproduced):
 *
 * <ul>
 *   <li>suffix {@code _60}, a published version: FINAL if it is the latest published one in the
 *       listing, otherwise SUPERSEDED, the next published version recording that it supersedes it
 *       (both inferred from the order of versions, so {@code status} and {@code supersedes} are
 *       listed as unverified); its address is the PDF by ETSI's file naming, which the listing does
 *       not show (so {@code url} is unverified too);
 *   <li>any other suffix ({@code _20}, {@code _30}, {@code _50}, drafts at some approval stage as
 *       far as we know): DRAFT, {@code status} unverified, the folder as its address.
 * </ul>
 *
 * <p>The listing's modification dates are when the folder was written, not when the version was
 * published, so {@code published} stays empty; the listing has no titles either.
 */
final class DeliverListing {

  private static final String PUBLISHED = "60";

  private static final Pattern VERSION_FOLDER =
      Pattern.compile("(\\d{2}\\.\\d{2}\\.\\d{2})_(\\d{2})/?");

  private DeliverListing() {}

  static Parsed parse(Fetched fetched, EtsiWork work) {
    String base = work.folder().getPath();
    Map<EtsiVersion, String> suffixes = new TreeMap<>();
    for (Element link : HtmlPages.parse(fetched).select("a[href]")) {
      String path = pathOf(link.absUrl("href"));
      if (path == null || !path.startsWith(base)) {
        continue;
      }
      Matcher folder = VERSION_FOLDER.matcher(path.substring(base.length()));
      if (folder.matches()) {
        EtsiVersion version = EtsiVersion.fromFolder(folder.group(1)).orElseThrow();
        // Two folders for one version number: the published one wins.
        suffixes.merge(version, folder.group(2), (a, b) -> PUBLISHED.equals(a) ? a : b);
      }
    }
    if (suffixes.isEmpty()) {
      throw new ParseException(
          "no version folders in the ETSI listing "
              + fetched.url()
              + "; an error page, or a changed layout?");
    }
    Provenance provenance = EtsiSource.provenance(fetched);
    EtsiVersion latestPublished =
        suffixes.entrySet().stream()
            .filter(e -> PUBLISHED.equals(e.getValue()))
            .map(Map.Entry::getKey)
            .reduce((a, b) -> b)
            .orElse(null);
    List<CrawlRecord> records = new ArrayList<>();
    EtsiVersion previousPublished = null;
    for (Map.Entry<EtsiVersion, String> entry : suffixes.entrySet()) {
      EtsiVersion version = entry.getKey();
      if (PUBLISHED.equals(entry.getValue())) {
        records.add(
            published(
                work, version, previousPublished, version.equals(latestPublished), provenance));
        previousPublished = version;
      } else {
        records.add(draft(work, version, entry.getValue(), provenance));
      }
    }
    return Parsed.of(records);
  }

  private static DocumentRecord published(
      EtsiWork work,
      EtsiVersion version,
      EtsiVersion previous,
      boolean latest,
      Provenance provenance) {
    List<String> unverified = new ArrayList<>(List.of("url"));
    if (!latest) {
      unverified.add("status");
    }
    if (previous != null) {
      unverified.add("supersedes");
    }
    return work.document(
        version,
        null,
        latest ? DocumentStatus.FINAL : DocumentStatus.SUPERSEDED,
        work.publishedStage(),
        null,
        work.publishedPdf(version),
        previous == null ? List.of() : List.of(work.documentId(previous)),
        unverified,
        provenance);
  }

  private static DocumentRecord draft(
      EtsiWork work, EtsiVersion version, String suffix, Provenance provenance) {
    return work.document(
        version,
        null,
        DocumentStatus.DRAFT,
        "Unpublished version (folder suffix _" + suffix + ")",
        null,
        work.folder() + version.folder() + "_" + suffix + "/",
        List.of(),
        List.of("status"),
        provenance);
  }

  private static String pathOf(String url) {
    if (url == null || url.isEmpty()) {
      return null;
    }
    try {
      return URI.create(url).getPath();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
