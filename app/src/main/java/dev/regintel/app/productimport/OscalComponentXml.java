package dev.regintel.app.productimport;

import static dev.regintel.crawlers.source.SecureXml.attribute;

import dev.regintel.app.productimport.OscalComponentDefinition.Component;
import dev.regintel.app.productimport.OscalComponentDefinition.ControlImplementation;
import dev.regintel.app.productimport.OscalComponentDefinition.ImplementedRequirement;
import dev.regintel.app.productimport.OscalComponentDefinition.Party;
import dev.regintel.app.productimport.OscalComponentDefinition.Prop;
import dev.regintel.app.productimport.OscalComponentDefinition.Resource;
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
 * Reads an OSCAL component definition in XML ({@code <component-definition
 * xmlns="http://csrc.nist.gov/ns/oscal/1.0">}) with the JDK's DOM parser, through the crawlers'
 * {@link SecureXml} (no DOCTYPE, so no entities and no DTD fetch; no external schemas). Prose comes
 * out as the JSON form writes it: paragraphs apart by a blank line, {@code <code>} in backticks,
 * {@code <insert type="param" id-ref="x"/>} as {@code {{ insert: param, x }}}.
 */
final class OscalComponentXml {

  static final String NS = "http://csrc.nist.gov/ns/oscal/1.0";

  /** Markup that stays inside a paragraph; any other element is a paragraph of its own. */
  private static final Set<String> INLINE =
      Set.of("a", "code", "em", "strong", "b", "i", "sub", "sup", "q", "img", "insert");

  private OscalComponentXml() {}

  static OscalComponentDefinition read(Fetched file) {
    Element root;
    try {
      root = SecureXml.parse(file).getDocumentElement();
    } catch (ParseException e) {
      throw ProductFileException.unreadable(e.getMessage(), e);
    }
    if (!NS.equals(root.getNamespaceURI()) || !"component-definition".equals(root.getLocalName())) {
      throw ProductFileException.unreadable(
          "not an OSCAL component definition: the root element is {"
              + root.getNamespaceURI()
              + "}"
              + root.getLocalName()
              + ", not {"
              + NS
              + "}component-definition");
    }
    Element metadata = child(root, "metadata");
    List<Party> parties = new ArrayList<>();
    for (Element party : children(metadata, "party")) {
      String website = null;
      for (Element link : children(party, "link")) {
        if ("website".equals(attribute(link, "rel")) && website == null) {
          website = attribute(link, "href");
        }
      }
      parties.add(
          new Party(attribute(party, "uuid"), SecureXml.text(child(party, "name")), website));
    }
    List<Component> components = new ArrayList<>();
    for (Element component : children(root, "component")) {
      components.add(component(component));
    }
    List<Resource> resources = new ArrayList<>();
    for (Element resource : children(child(root, "back-matter"), "resource")) {
      List<String> hrefs = new ArrayList<>();
      for (Element rlink : children(resource, "rlink")) {
        if (attribute(rlink, "href") != null) {
          hrefs.add(attribute(rlink, "href"));
        }
      }
      String title = SecureXml.text(child(resource, "title"));
      resources.add(
          new Resource(
              attribute(resource, "uuid"),
              title != null ? title : prose(child(resource, "description")),
              hrefs));
    }
    return new OscalComponentDefinition(
        attribute(root, "uuid"),
        SecureXml.text(child(metadata, "title")),
        SecureXml.text(child(metadata, "version")),
        parties,
        components,
        resources);
  }

  private static Component component(Element element) {
    Map<String, List<String>> roles = new LinkedHashMap<>();
    for (Element role : children(element, "responsible-role")) {
      List<String> parties =
          roles.computeIfAbsent(attribute(role, "role-id"), r -> new ArrayList<>());
      for (Element party : children(role, "party-uuid")) {
        parties.add(SecureXml.text(party));
      }
    }
    List<ControlImplementation> implementations = new ArrayList<>();
    for (Element implementation : children(element, "control-implementation")) {
      List<ImplementedRequirement> requirements = new ArrayList<>();
      for (Element requirement : children(implementation, "implemented-requirement")) {
        requirements.add(requirement(requirement));
      }
      implementations.add(
          new ControlImplementation(
              attribute(implementation, "uuid"),
              attribute(implementation, "source"),
              prose(child(implementation, "description")),
              requirements));
    }
    return new Component(
        attribute(element, "uuid"),
        attribute(element, "type"),
        SecureXml.text(child(element, "title")),
        prose(child(element, "description")),
        SecureXml.text(child(element, "purpose")),
        props(element),
        roles,
        implementations);
  }

  private static ImplementedRequirement requirement(Element element) {
    List<String> statuses = new ArrayList<>();
    for (Prop prop : props(element)) {
      if (OscalProducts.STATUS.equals(prop.name()) && prop.value() != null) {
        statuses.add(prop.value());
      }
    }
    for (Element status : children(element, OscalProducts.STATUS)) {
      if (attribute(status, "state") != null) {
        statuses.add(attribute(status, "state"));
      }
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    for (Element parameter : children(element, "set-parameter")) {
      List<String> values = new ArrayList<>();
      for (Element value : children(parameter, "value")) {
        values.add(SecureXml.text(value));
      }
      parameters.put(attribute(parameter, "param-id"), String.join(", ", values));
    }
    List<String> statements = new ArrayList<>();
    for (Element statement : children(element, "statement")) {
      String description = prose(child(statement, "description"));
      if (description != null) {
        statements.add(description);
      }
    }
    return new ImplementedRequirement(
        attribute(element, "uuid"),
        attribute(element, "control-id"),
        prose(child(element, "description")),
        statuses,
        statements,
        parameters);
  }

  private static List<Prop> props(Element element) {
    List<Prop> props = new ArrayList<>();
    for (Element prop : children(element, "prop")) {
      props.add(new Prop(attribute(prop, "name"), attribute(prop, "ns"), attribute(prop, "value")));
    }
    return props;
  }

  /** Markup as text: one paragraph per block element, inline markup as the JSON form has it. */
  static String prose(Element element) {
    if (element == null) {
      return null;
    }
    List<String> blocks = new ArrayList<>();
    StringBuilder loose = new StringBuilder();
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element block && !INLINE.contains(block.getLocalName())) {
        blocks.add(inline(block));
      } else {
        loose.append(n instanceof Element e ? inline(e) : n.getTextContent());
      }
    }
    blocks.addFirst(loose.toString());
    List<String> text = blocks.stream().map(Text::collapse).filter(s -> !s.isEmpty()).toList();
    return text.isEmpty() ? null : String.join("\n\n", text);
  }

  private static String inline(Element element) {
    StringBuilder text = new StringBuilder();
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        switch (e.getLocalName()) {
          case "insert" ->
              text.append("{{ insert: ")
                  .append(attribute(e, "type"))
                  .append(", ")
                  .append(attribute(e, "id-ref"))
                  .append(" }}");
          case "code" -> text.append('`').append(inline(e)).append('`');
          default -> text.append(inline(e)).append(' ');
        }
      } else {
        text.append(n.getTextContent());
      }
    }
    return text.toString();
  }

  private static Element child(Element parent, String name) {
    return parent == null ? null : SecureXml.child(parent, NS, name);
  }

  private static List<Element> children(Element parent, String name) {
    return parent == null ? List.of() : SecureXml.children(parent, NS, name);
  }
}
