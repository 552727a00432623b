package dev.regintel.crawlers.source.nist;

import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.ParseException;
import dev.regintel.crawlers.Parsed;
import dev.regintel.crawlers.Source;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * NIST's Computer Security Resource Center: the feed of drafts open for comment, and the
 * publication pages it links to. Both give {@link dev.regintel.crawlers.DocumentRecord}s with ids
 * by the rule in {@link CsrcPublication}. NIST publications are US Government works (public
 * domain).
 *
 * <p>Also the OSCAL catalogs NIST publishes in its {@code usnistgov/oscal-content} repository on
 * GitHub, for CSF 2.0 and SP 800-53 Rev. 5: their functions, categories and subcategories, or
 * families, controls and enhancements, as requirements of the seed documents ({@link
 * OscalCatalog}). The repository's readme calls the generated copies under {@code nist.gov/} (JSON,
 * XML, YAML) the preferred ones; the crawl reads the JSON. The content is public domain in the US
 * and CC0 elsewhere.
 */
public final class NistSource implements Source {

  static final URI DRAFTS_FEED =
      URI.create("https://csrc.nist.gov/CSRC/media/feeds/pubs/drafts-open-for-comment.json");

  static final String OSCAL_HOST = "raw.githubusercontent.com";

  /** Where the OSCAL content repository's files are served raw. */
  private static final String OSCAL_CONTENT = "/usnistgov/oscal-content/";

  static final URI CSF_2_0_CATALOG =
      URI.create(
          "https://raw.githubusercontent.com/usnistgov/oscal-content/main/"
              + "nist.gov/CSF/v2.0/json/NIST_CSF_v2.0_catalog.json");

  static final URI SP_800_53_R5_CATALOG =
      URI.create(
          "https://raw.githubusercontent.com/usnistgov/oscal-content/main/"
              + "nist.gov/SP800-53/rev5/json/NIST_SP-800-53_rev5_catalog.json");

  @Override
  public String name() {
    return "nist";
  }

  @Override
  public Set<String> hosts() {
    return Set.of("csrc.nist.gov", OSCAL_HOST);
  }

  @Override
  public List<URI> entryPoints() {
    return List.of(DRAFTS_FEED, CSF_2_0_CATALOG, SP_800_53_R5_CATALOG);
  }

  @Override
  public Parsed parse(Fetched fetched) {
    String host = fetched.url().getHost();
    String path = fetched.url().getPath();
    if (host != null
        && OSCAL_HOST.equals(host.toLowerCase(Locale.ROOT))
        && path != null
        && path.startsWith(OSCAL_CONTENT)) {
      return OscalCatalog.parse(fetched);
    }
    if (path != null && path.endsWith("/drafts-open-for-comment.json")) {
      return DraftsFeed.parse(fetched);
    }
    return CsrcPublication.fromUrl(fetched.url().toString())
        .map(publication -> PublicationPage.parse(fetched, publication))
        .orElseThrow(
            () ->
                new ParseException(
                    "not a CSRC resource or OSCAL content file this source reads: "
                        + fetched.url()));
  }
}
