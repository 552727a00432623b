package dev.regintel.crawlers.source.nist;

import static dev.regintel.crawlers.source.SecureXml.attribute;

import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.ParseException;
import dev.regintel.crawlers.source.SecureXml;
import dev.regintel.ontology.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads an OSCAL catalog in its XML form ({@code <catalog
 * xmlns="http://csrc.nist.gov/ns/oscal/1.0">}), turning prose markup into the lines the JSON form
 * carries: one line per paragraph, heading, list item or table row, {@code <insert type="param"
 * id-ref="x"/>} written {@code {{ insert: param, x }}}, other inline markup reduced to its text.
 *
 * <p>{@link SecureXml} parses: it refuses any DOCTYPE (so no entity, internal or external, and no
 * DTD fetch), external schemas and XInclude; OSCAL catalogs carry no DOCTYPE. The encoding comes
 * from the XML declaration (UTF-8 without one).
 */
final class OscalXml {

  static final String NS = "http://csrc.nist.gov/ns/oscal/1.0";

  /** Children of a part that are structure, not prose. */
  private static final Set<String> NOT_PROSE = Set.of("title", "prop", "link", "part");

  private static final Set<String> LISTS = Set.of("ul", "ol");

  private final Map<String, OscalParam> params = new LinkedHashMap<>();

  private final Fetched fetched;

  private OscalXml(Fetched fetched) {
    this.fetched = fetched;
  }

  /** Reads the catalog. */
  static OscalTree read(Fetched fetched) {
    Element root = SecureXml.parse(fetched).getDocumentElement();
    if (!NS.equals(root.getNamespaceURI()) || !"catalog".equals(root.getLocalName())) {
      throw new ParseException(
          "not an OSCAL catalog (root element {"
              + root.getNamespaceURI()
              + "}"
              + root.getLocalName()
              + "): "
              + fetched.url());
    }
    OscalXml reader = new OscalXml(fetched);
    reader.params(root);
    List<OscalControl> members = reader.members(root);
    Element metadata = child(root, "metadata");
    return new OscalTree(
        metadata == null ? null : inline(child(metadata, "title")),
        metadata == null ? List.of() : props(metadata),
        members,
        reader.params);
  }

  private List<OscalControl> members(Element parent) {
    List<OscalControl> members = new ArrayList<>();
    for (Element e : children(parent)) {
      if ("group".equals(e.getLocalName()) || "control".equals(e.getLocalName())) {
        members.add(control(e, "group".equals(e.getLocalName())));
      }
    }
    return members;
  }

  private OscalControl control(Element element, boolean group) {
    String id = attribute(element, "id");
    String title = inline(child(element, "title"));
    if (id == null) {
      throw new ParseException(
          "OSCAL "
              + element.getLocalName()
              + " without an id (title '"
              + title
              + "') in "
              + fetched.url());
    }
    params(element);
    List<OscalPart> parts = new ArrayList<>();
    for (Element part : children(element, "part")) {
      parts.add(part(part));
    }
    List<String> incorporatedInto = new ArrayList<>();
    for (Element link : children(element, "link")) {
      String target = OscalControl.linkTarget(attribute(link, "href"));
      if (target != null && OscalControl.INCORPORATION_RELS.contains(attribute(link, "rel"))) {
        incorporatedInto.add(target);
      }
    }
    return new OscalControl(
        id,
        group,
        attribute(element, "class"),
        title,
        props(element),
        parts,
        members(element),
        incorporatedInto);
  }

  private void params(Element parent) {
    for (Element param : children(parent, "param")) {
      String id = attribute(param, "id");
      if (id == null) {
        continue;
      }
      Element select = child(param, "select");
      List<String> choices = new ArrayList<>();
      if (select != null) {
        for (Element choice : children(select, "choice")) {
          choices.add(inline(choice));
        }
      }
      List<String> values = new ArrayList<>();
      for (Element value : children(param, "value")) {
        values.add(inline(value));
      }
      params.put(
          id,
          new OscalParam(
              id,
              inline(child(param, "label")),
              select == null ? null : attribute(select, "how-many"),
              choices,
              values));
    }
  }

  private static OscalPart part(Element element) {
    List<String> lines = new ArrayList<>();
    List<OscalPart> parts = new ArrayList<>();
    for (Element e : children(element)) {
      if ("part".equals(e.getLocalName())) {
        parts.add(part(e));
      } else if (!NOT_PROSE.contains(e.getLocalName())) {
        block(e, lines);
      }
    }
    return new OscalPart(
        attribute(element, "name"), props(element), String.join("\n", lines), parts);
  }

  /** The lines of one block of prose markup. */
  private static void block(Element element, List<String> lines) {
    String name = element.getLocalName();
    if (LISTS.contains(name)) {
      int n = 0;
      for (Element item : children(element, "li")) {
        n++;
        String text = inline(item);
        if (text != null) {
          lines.add(("ol".equals(name) ? n + ". " : "- ") + text);
        }
        for (Element nested : children(item)) {
          if (LISTS.contains(nested.getLocalName())) {
            block(nested, lines);
          }
        }
      }
    } else if ("table".equals(name)) {
      for (Element row : descendants(element, "tr")) {
        List<String> cells = new ArrayList<>();
        for (Element cell : children(row)) {
          String text = inline(cell);
          cells.add(text == null ? "" : text);
        }
        lines.add(String.join(" | ", cells));
      }
    } else if ("blockquote".equals(name)) {
      children(element).forEach(e -> block(e, lines));
    } else {
      String text = inline(element);
      if (text != null) {
        lines.add(text);
      }
    }
  }

  /**
   * The text of inline markup with white space collapsed and parameter insertions kept, or null for
   * none; nested lists are left to {@link #block}.
   */
  private static String inline(Element element) {
    if (element == null) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    appendInline(element, text);
    String collapsed = Text.collapse(text.toString());
    return collapsed.isEmpty() ? null : collapsed;
  }

  private static void appendInline(Element element, StringBuilder text) {
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(n.getNodeValue());
      } else if (n instanceof Element e) {
        String name = e.getLocalName();
        if ("insert".equals(name)) {
          if ("param".equals(attribute(e, "type")) && attribute(e, "id-ref") != null) {
            text.append("{{ insert: param, ").append(attribute(e, "id-ref")).append(" }}");
          }
        } else if ("br".equals(name)) {
          text.append(' ');
        } else if (!LISTS.contains(name) && !"remarks".equals(name)) {
          appendInline(e, text);
        }
      }
    }
  }

  private static List<OscalProp> props(Element parent) {
    List<OscalProp> props = new ArrayList<>();
    for (Element prop : children(parent, "prop")) {
      String name = attribute(prop, "name");
      if (name != null) {
        props.add(
            new OscalProp(
                name, attribute(prop, "value"), attribute(prop, "class"), attribute(prop, "ns")));
      }
    }
    return props;
  }

  /** The OSCAL element children of {@code parent}, in order. */
  private static List<Element> children(Element parent) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && NS.equals(e.getNamespaceURI())) {
        found.add(e);
      }
    }
    return found;
  }

  private static List<Element> children(Element parent, String localName) {
    return children(parent).stream().filter(e -> localName.equals(e.getLocalName())).toList();
  }

  private static Element child(Element parent, String localName) {
    List<Element> found = children(parent, localName);
    return found.isEmpty() ? null : found.getFirst();
  }

  private static List<Element> descendants(Element parent, String localName) {
    var nodes = parent.getElementsByTagNameNS(NS, localName);
    List<Element> found = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      found.add((Element) nodes.item(i));
    }
    return found;
  }
}
