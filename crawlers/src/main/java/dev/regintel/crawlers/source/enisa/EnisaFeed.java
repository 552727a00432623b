package dev.regintel.crawlers.source.enisa;

import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.ParseException;
import dev.regintel.crawlers.Parsed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * ENISA's RSS 2.0 feed ({@code /rss.xml}): {@code rss/channel/item}, each with a title, link,
 * pubDate, description and guid. The feed gives links only, no records: an item that links to a
 * publication page ({@code /publications/<slug>}) puts that page in the crawl, and the page gives
 * the record. The feed's own date is when the item was posted, which need not be the publication
 * date the page states, and a record dated by it could carry the wrong month in its id. News items
 * and anything else are skipped: the seed holds ENISA's news by hand-chosen ids, and a news page
 * says too little to tell an event from a press release.
 *
 * <p>The XML parser reads nothing outside the bytes: a DOCTYPE is refused outright (so no entity,
 * internal or external, and no DTD fetch), as are external schemas and XInclude. RSS needs none.
 */
final class EnisaFeed {

  private static final Logger log = LoggerFactory.getLogger(EnisaFeed.class);
  private static final DocumentBuilderFactory XML = secureFactory();

  private EnisaFeed() {}

  static Parsed parse(Fetched fetched) {
    Element rss = read(fetched).getDocumentElement();
    Element channel = rss.getNamespaceURI() == null ? child(rss, "channel") : null;
    if (!"rss".equals(rss.getLocalName()) || channel == null) {
      throw new ParseException("not an RSS 2.0 feed (rss/channel): " + fetched.url());
    }
    Set<URI> links = new LinkedHashSet<>();
    for (Element item : children(channel, "item")) {
      String link = text(child(item, "link"));
      if (link == null) {
        log.warn("ENISA feed item without a link skipped: {}", text(child(item, "title")));
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

  private static Document read(Fetched fetched) {
    try {
      DocumentBuilder builder = XML.newDocumentBuilder();
      builder.setErrorHandler(RAISE);
      builder.setEntityResolver(
          (publicId, systemId) -> {
            throw new SAXException("external entity refused: " + systemId);
          });
      return builder.parse(new InputSource(new ByteArrayInputStream(fetched.body())));
    } catch (SAXException e) {
      throw new ParseException("malformed XML in " + fetched.url() + ": " + e.getMessage(), e);
    } catch (IOException | ParserConfigurationException e) {
      throw new ParseException("unreadable XML in " + fetched.url(), e);
    }
  }

  private static List<Element> children(Node parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getNamespaceURI() == null && name.equals(e.getLocalName())) {
        found.add(e);
      }
    }
    return found;
  }

  private static Element child(Node parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.getFirst();
  }

  private static String text(Element element) {
    if (element == null) {
      return null;
    }
    String text = element.getTextContent().strip();
    return text.isEmpty() ? null : text;
  }

  private static final ErrorHandler RAISE =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      };

  private static DocumentBuilderFactory secureFactory() {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK XML parser lacks a required safety feature", e);
    }
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setNamespaceAware(true);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    return factory;
  }
}
