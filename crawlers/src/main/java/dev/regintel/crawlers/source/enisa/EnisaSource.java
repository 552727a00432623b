package dev.regintel.crawlers.source.enisa;

import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.ParseException;
import dev.regintel.crawlers.Parsed;
import dev.regintel.crawlers.Source;
import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * ENISA, the EU Agency for Cybersecurity: its RSS feed, which gives links to new publication pages,
 * and those pages, which give {@link dev.regintel.crawlers.DocumentRecord}s with ids by the rule in
 * {@link EnisaPublication}. ENISA's reports may be reproduced with acknowledgement of the source;
 * only metadata and the published abstract are kept.
 */
public final class EnisaSource implements Source {

  static final URI FEED = URI.create("https://www.enisa.europa.eu/rss.xml");

  @Override
  public String name() {
    return "enisa";
  }

  @Override
  public Set<String> hosts() {
    return Set.of(EnisaPublication.HOST);
  }

  @Override
  public List<URI> entryPoints() {
    return List.of(FEED);
  }

  @Override
  public Parsed parse(Fetched fetched) {
    if (FEED.getPath().equals(fetched.url().getPath())) {
      return EnisaFeed.parse(fetched);
    }
    return EnisaPublication.fromUrl(fetched.url())
        .map(publication -> PublicationPage.parse(fetched, publication))
        .orElseThrow(
            () -> new ParseException("not an ENISA resource this source reads: " + fetched.url()));
  }
}
