package dev.regintel.crawlers.source.nist;

import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.ParseException;
import dev.regintel.crawlers.Parsed;
import dev.regintel.crawlers.Source;
import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * NIST's Computer Security Resource Center: the feed of drafts open for comment, and the
 * publication pages it links to. Both give {@link dev.regintel.crawlers.DocumentRecord}s with ids
 * by the rule in {@link CsrcPublication}. NIST publications are US Government works (public
 * domain).
 */
public final class NistSource implements Source {

  static final URI DRAFTS_FEED =
      URI.create("https://csrc.nist.gov/CSRC/media/feeds/pubs/drafts-open-for-comment.json");

  @Override
  public String name() {
    return "nist";
  }

  @Override
  public Set<String> hosts() {
    return Set.of("csrc.nist.gov");
  }

  @Override
  public List<URI> entryPoints() {
    return List.of(DRAFTS_FEED);
  }

  @Override
  public Parsed parse(Fetched fetched) {
    String path = fetched.url().getPath();
    if (path != null && path.endsWith("/drafts-open-for-comment.json")) {
      return DraftsFeed.parse(fetched);
    }
    return CsrcPublication.fromUrl(fetched.url().toString())
        .map(publication -> PublicationPage.parse(fetched, publication))
        .orElseThrow(
            () -> new ParseException("not a CSRC resource this source reads: " + fetched.url()));
  }
}
