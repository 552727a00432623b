package dev.regintel.crawlers.source.first;

import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.ParseException;
import dev.regintel.crawlers.Parsed;
import dev.regintel.crawlers.Source;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * FIRST (Forum of Incident Response and Security Teams): press releases from its news API, and the
 * pages of its standards (CVSS specification documents, the CSIRT and PSIRT Services Frameworks),
 * each giving a {@link dev.regintel.crawlers.DocumentRecord} with ids by the rules in {@link
 * PressRelease} and {@link FirstStandard}. A standards page links the pages of the versions it
 * replaces. Only metadata and short summaries are kept; the standards' texts are FIRST's.
 */
public final class FirstSource implements Source {

  static final String API_HOST = "api.first.org";
  static final URI NEWS = URI.create("https://api.first.org/data/v1/news");
  static final URI CVSS_4_0 = URI.create("https://www.first.org/cvss/v4.0/specification-document");
  static final URI CVSS_3_1 = URI.create("https://www.first.org/cvss/v3.1/specification-document");
  static final URI CVSS_3_0 = URI.create("https://www.first.org/cvss/v3.0/specification-document");
  static final URI CSIRT_FRAMEWORK_2_1 =
      URI.create("https://www.first.org/standards/frameworks/csirts/csirt_services_framework_v2.1");
  static final URI PSIRT_FRAMEWORK_1_1 =
      URI.create("https://www.first.org/standards/frameworks/psirts/psirt_services_framework_v1-1");

  @Override
  public String name() {
    return "first";
  }

  @Override
  public Set<String> hosts() {
    return Set.of(API_HOST, FirstStandard.HOST);
  }

  @Override
  public List<URI> entryPoints() {
    return List.of(NEWS, CVSS_4_0, CVSS_3_1, CVSS_3_0, CSIRT_FRAMEWORK_2_1, PSIRT_FRAMEWORK_1_1);
  }

  @Override
  public Parsed parse(Fetched fetched) {
    URI url = fetched.url();
    String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
    if (host.equals(API_HOST) && NEWS.getPath().equals(url.getPath())) {
      return NewsFeed.parse(fetched);
    }
    return FirstStandard.fromUrl(url)
        .map(standard -> StandardsPage.parse(fetched, standard))
        .orElseThrow(
            () -> new ParseException("not a FIRST resource this source reads: " + fetched.url()));
  }
}
