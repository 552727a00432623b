package dev.regintel.crawlers.source.enisa;

import static dev.regintel.crawlers.source.SecureXml.child;
import static dev.regintel.crawlers.source.SecureXml.children;
import static dev.regintel.crawlers.source.SecureXml.text;

import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.ParseException;
import dev.regintel.crawlers.Parsed;
import dev.regintel.crawlers.source.SecureXml;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;

/**
 * ENISA's RSS 2.0 feed ({@code /rss.xml}): {@code rss/channel/item}, each with a title, link,
 * pubDate, description and guid. The feed gives links only, no records: an item that links to a
 * publication page ({@code /publications/<slug>}) puts that page in the crawl, and the page gives
 * the record. The feed's own date is when the item was posted, which need not be the publication
 * date the page states, and a record dated by it could carry the wrong month in its id. News items
 * and anything else are skipped: the seed holds ENISA's news by hand-chosen ids, and a news page
 * says too little to tell an event from a press release.
 *
 * <p>The XML is read by {@link SecureXml}, which reads nothing outside the bytes: a DOCTYPE is
 * refused outright, as are external schemas and XInclude. RSS needs none.
 */
final class EnisaFeed {

  private static final Logger log = LoggerFactory.getLogger(EnisaFeed.class);

  private EnisaFeed() {}

  static Parsed parse(Fetched fetched) {
    Element rss = SecureXml.parse(fetched).getDocumentElement();
    Element channel = rss.getNamespaceURI() == null ? child(rss, null, "channel") : null;
    if (!"rss".equals(rss.getLocalName()) || channel == null) {
      throw new ParseException("not an RSS 2.0 feed (rss/channel): " + fetched.url());
    }
    Set<URI> links = new LinkedHashSet<>();
    for (Element item : children(channel, null, "item")) {
      String link = text(child(item, null, "link"));
      if (link == null) {
        log.warn("ENISA feed item without a link skipped: {}", text(child(item, null, "title")));
        continue;
      }
      URI address;
      try {
        address = fetched.url().resolve(link);
      } catch (IllegalArgumentException e) {
        log.warn("ENISA feed item with an unreadable link skipped: {}", link);
        continue;
      }
      EnisaPublication.fromUrl(address)
          .ifPresentOrElse(
              publication -> links.add(publication.url()),
              () -> log.debug("ENISA feed item that is not a publication skipped: {}", link));
    }
    return new Parsed(List.of(), List.copyOf(links));
  }
}
