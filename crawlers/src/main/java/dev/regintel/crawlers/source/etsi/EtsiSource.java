package dev.regintel.crawlers.source.etsi;

import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.ParseException;
import dev.regintel.crawlers.Parsed;
import dev.regintel.crawlers.Source;
import dev.regintel.ontology.Method;
import dev.regintel.ontology.Provenance;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ETSI deliverables, metadata only: ETSI's texts are free to download but may not be reproduced.
 * Two resources give it: the deliver tree's directory listings (one per deliverable, one folder per
 * version; {@link DeliverListing}) and the standards-search data endpoint (titles, months and
 * statuses; {@link StandardsSearch}), which ETSI's move to WordPress may have retired. Ids follow
 * {@link EtsiWork}.
 */
public final class EtsiSource implements Source {

  static final String PUBLISHER = "pub:etsi";
  static final List<String> JURISDICTIONS = List.of("INT");

  static final URI EN_303_645 =
      URI.create("https://www.etsi.org/deliver/etsi_en/303600_303699/303645/");
  static final URI TS_103_645 =
      URI.create("https://www.etsi.org/deliver/etsi_ts/103600_103699/103645/");
  static final URI TR_103_644 =
      URI.create("https://www.etsi.org/deliver/etsi_tr/103600_103699/103644/");
  static final URI TS_103_701 =
      URI.create("https://www.etsi.org/deliver/etsi_ts/103700_103799/103701/");

  /**
   * Every version of EN 303 645, historical, superseded and withdrawn ones included (the filter
   * parameters' meanings are read off their names, not documented).
   */
  static final URI SEARCH_303_645 =
      URI.create(
          "https://www.etsi.org/?option=com_standardssearch&view=data&format=json&page=1"
              + "&search=303+645&title=1&etsiNumber=1&content=1&version=0&published=1"
              + "&onApproval=1&withdrawn=1&historical=1&isCurrent=0&superseded=1"
              + "&startDate=1988-01-15&sort=1");

  @Override
  public String name() {
    return "etsi";
  }

  @Override
  public Set<String> hosts() {
    return Set.of("www.etsi.org");
  }

  @Override
  public List<URI> entryPoints() {
    return List.of(EN_303_645, TS_103_645, TR_103_644, TS_103_701, SEARCH_303_645);
  }

  @Override
  public Map<String, String> requestHeaders(URI url) {
    return isSearch(url) ? Map.of("Accept", "application/json") : Map.of();
  }

  @Override
  public Parsed parse(Fetched fetched) {
    URI url = fetched.url();
    if (isSearch(url)) {
      return StandardsSearch.parse(fetched);
    }
    String path = url.getPath();
    if (path != null && path.startsWith("/deliver/")) {
      return EtsiWork.fromDeliverPath(path)
          .map(work -> DeliverListing.parse(fetched, work))
          .orElseThrow(() -> new ParseException("not an ETSI deliverable folder listing: " + url));
    }
    throw new ParseException("not an ETSI resource this source reads: " + url);
  }

  static Provenance provenance(Fetched fetched) {
    return new Provenance(
        fetched.url().toString(), fetched.retrieved(), Method.CRAWL, fetched.sha256());
  }

  private static boolean isSearch(URI url) {
    String query = url.getRawQuery();
    return query != null && query.contains("option=com_standardssearch");
  }
}
