package dev.regintel.crawlers.source;

import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.ParseException;
import dev.regintel.crawlers.fetch.DecodedText;
import dev.regintel.ontology.Text;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * XML parsing with everything that reaches outside the bytes turned off: no DOCTYPE at all (so no
 * entities, internal or external, and no DTD fetch), no external schemas, no XInclude. Neither
 * legislation.gov.uk's CLML nor its Atom feeds carry a DOCTYPE, so refusing one costs nothing. The
 * bytes are decoded by the crawlers' one charset rule ({@link DecodedText}: byte-order mark, the
 * XML declaration, the Content-Type header, then detection) and the parser reads the text, so it
 * never chooses a charset of its own. Every crawler that reads XML (legislation.gov.uk, the ENISA
 * feed, NIST's OSCAL catalogs) parses through here.
 */
public final class SecureXml {

  private static final DocumentBuilderFactory FACTORY = factory();

  private SecureXml() {}

  /**
   * Parses the body; a malformed or unsafe document is a {@link ParseException}. White space before
   * the XML declaration, which a parser refuses, is skipped.
   */
  public static Document parse(Fetched fetched) {
    try {
      DocumentBuilder builder = FACTORY.newDocumentBuilder();
      builder.setErrorHandler(RAISE);
      builder.setEntityResolver(
          (publicId, systemId) -> {
            throw new SAXException("external entity refused: " + systemId);
          });
      String text = DecodedText.of(fetched).text().stripLeading();
      return builder.parse(new InputSource(new StringReader(text)));
    } catch (SAXParseException e) {
      throw new ParseException(
          "malformed XML in "
              + fetched.url()
              + ": "
              + e.getMessage()
              + " (line "
              + e.getLineNumber()
              + ", column "
              + e.getColumnNumber()
              + ")",
          e);
    } catch (SAXException e) {
      throw new ParseException("malformed XML in " + fetched.url() + ": " + e.getMessage(), e);
    } catch (IOException | ParserConfigurationException e) {
      throw new ParseException("unreadable XML in " + fetched.url(), e);
    }
  }

  /** The element children of {@code parent} with this namespace (null for none) and local name. */
  public static List<Element> children(Node parent, String namespace, String localName) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && Objects.equals(namespace, e.getNamespaceURI())
          && localName.equals(e.getLocalName())) {
        found.add(e);
      }
    }
    return found;
  }

  /** All element children of {@code parent}, in order. */
  public static List<Element> children(Node parent) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        found.add(e);
      }
    }
    return found;
  }

  /** The first child element with this name, or null. */
  public static Element child(Node parent, String namespace, String localName) {
    List<Element> found = children(parent, namespace, localName);
    return found.isEmpty() ? null : found.getFirst();
  }

  /** The first descendant element with this name, or null. */
  public static Element descendant(Element parent, String namespace, String localName) {
    var found = parent.getElementsByTagNameNS(namespace, localName);
    return found.getLength() == 0 ? null : (Element) found.item(0);
  }

  /** The text of an element with white space collapsed, or null for no element or no text. */
  public static String text(Element element) {
    if (element == null) {
      return null;
    }
    String text = Text.collapse(element.getTextContent());
    return text.isEmpty() ? null : text;
  }

  /** An attribute's value, or null when it is absent or empty. */
  public static String attribute(Element element, String name) {
    if (element == null || !element.hasAttribute(name)) {
      return null;
    }
    String value = element.getAttribute(name).strip();
    return value.isEmpty() ? null : value;
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

  private static DocumentBuilderFactory factory() {
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
