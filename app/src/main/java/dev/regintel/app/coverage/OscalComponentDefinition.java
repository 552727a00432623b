package dev.regintel.app.coverage;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A device's coverage as an OSCAL {@value #OSCAL_VERSION} component-definition (JSON): the device
 * is one component of type {@code hardware}; each applicable document with FULL or PARTIAL rows is
 * a control-implementation whose {@code source} is a back-matter resource naming the document and
 * where we read it; each such requirement (once, whatever the markets) is an
 * implemented-requirement with an {@code implementation-status} of {@code implemented} (FULL) or
 * {@code partial} (PARTIAL), the controls that reach it and their paths. NONE rows are not
 * implementations and are left out.
 *
 * <p>Properties OSCAL does not define carry the namespace {@value #NS}. UUIDs are version 5 (name
 * based), so the same device, document and requirement keep theirs from one export to the next; the
 * document's own UUID is made from its content, so it changes exactly when the content does.
 */
final class OscalComponentDefinition {

  /** The OSCAL release written against; NIST's own example component-definition uses it. */
  static final String OSCAL_VERSION = "1.1.2";

  /** The namespace of regintel's own properties. */
  static final String NS = "https://regintel.dev/ns/oscal";

  /** The namespace of regintel's version 5 UUIDs (itself a random version 4 UUID, fixed). */
  private static final UUID NAMESPACE = UUID.fromString("6f0a6c52-4b1e-4f5c-9d43-2b7f0c8e5a91");

  /** NIST SP 800-53 labels (AC-2, AC-2(1)), whose OSCAL control ids are ac-2 and ac-2.1. */
  private static final Pattern SP_800_53 = Pattern.compile("([A-Z]{2})-(\\d+)(?:\\((\\d+)\\))?");

  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  private OscalComponentDefinition() {}

  static void write(CoverageReport report, OutputStream out) {
    JSON.writeValue(out, document(report));
  }

  /** The whole document, {@code {"component-definition": {...}}}. */
  static ObjectNode document(CoverageReport report) {
    CoverageReport.Device device = report.device();
    Map<String, Implementation> byDocument = implementations(report);
    ObjectNode component = JSON.createObjectNode();
    component.put("uuid", uuid("device " + device.id()).toString());
    component.put("type", "hardware");
    component.put("title", device.name() == null ? device.id() : device.name());
    component.put(
        "description",
        "A device in regintel's graph. Its controls are traced to the requirements that apply to"
            + " it in "
            + marketCodes(report)
            + " as of "
            + report.asOf()
            + ".");
    ArrayNode props = component.putArray("props");
    prop(props, "device-id", device.id());
    prop(props, "device-name-ja", device.nameJa());
    prop(props, "device-category", device.category());
    if (!byDocument.isEmpty()) {
      ArrayNode implementations = component.putArray("control-implementations");
      byDocument.values().forEach(i -> implementations.add(i.node(device)));
    }
    ObjectNode definition = JSON.createObjectNode();
    ArrayNode components = JSON.createArrayNode().add(component);
    ObjectNode backMatter = backMatter(byDocument.values());
    // Made from the content (the time of writing left out): the same coverage, the same UUID.
    definition.put("uuid", uuid("component-definition " + components + backMatter).toString());
    definition.set("metadata", metadata(report));
    definition.set("components", components);
    if (backMatter.has("resources")) {
      definition.set("back-matter", backMatter);
    }
    ObjectNode root = JSON.createObjectNode();
    root.set("component-definition", definition);
    return root;
  }

  private static ObjectNode metadata(CoverageReport report) {
    ObjectNode metadata = JSON.createObjectNode();
    String name = report.device().name() == null ? report.device().id() : report.device().name();
    metadata.put("title", "Coverage of " + name + " in " + marketCodes(report));
    String written = CoverageReports.TIMESTAMP.format(report.generated());
    metadata.put("last-modified", written);
    metadata.put("version", written);
    metadata.put("oscal-version", OSCAL_VERSION);
    metadata.put(
        "remarks",
        "Written by regintel from its graph: the requirements of the documents that apply to the"
            + " device, and how well its controls meet them through typed mappings (FULL or"
            + " PARTIAL). Requirements no control reaches are not listed.");
    return metadata;
  }

  /** One control-implementation per document with FULL or PARTIAL rows, in the report's order. */
  private static Map<String, Implementation> implementations(CoverageReport report) {
    Map<String, Implementation> out = new LinkedHashMap<>();
    for (CoverageReport.Market market : report.jurisdictions()) {
      for (CoverageReport.Row row : market.rows()) {
        if (row.evidence().isEmpty()) {
          continue;
        }
        CoverageReport.Applicable doc = market.document(row.documentId());
        Implementation implementation =
            out.computeIfAbsent(row.documentId(), id -> new Implementation(id, doc));
        implementation.add(market, row);
      }
    }
    return out;
  }

  private static ObjectNode backMatter(Iterable<Implementation> implementations) {
    ObjectNode backMatter = JSON.createObjectNode();
    ArrayNode resources = JSON.createArrayNode();
    for (Implementation i : implementations) {
      ObjectNode resource = resources.addObject();
      resource.put("uuid", i.resourceUuid().toString());
      if (i.doc != null && i.doc.title() != null) {
        resource.put("title", i.doc.title());
      }
      ArrayNode props = resource.putArray("props");
      prop(props, "document-id", i.documentId);
      if (i.doc != null) {
        prop(props, "document-code", i.doc.code());
        prop(props, "document-title-ja", i.doc.titleJa());
      }
      if (!i.links.isEmpty()) {
        ArrayNode rlinks = resource.putArray("rlinks");
        i.links.forEach(href -> rlinks.addObject().put("href", href));
      }
    }
    if (!resources.isEmpty()) {
      backMatter.set("resources", resources);
    }
    return backMatter;
  }

  /** The implemented requirements of one document, each once. */
  private static final class Implementation {
    final String documentId;
    final CoverageReport.Applicable doc;
    final Set<String> links = new LinkedHashSet<>();
    final Map<String, CoverageReport.Row> rows = new LinkedHashMap<>();
    final Map<String, Set<String>> markets = new LinkedHashMap<>();
    final Map<String, String> reasons = new LinkedHashMap<>();

    Implementation(String documentId, CoverageReport.Applicable doc) {
      this.documentId = documentId;
      this.doc = doc;
      if (doc != null && doc.url() != null) {
        links.add(doc.url());
      }
    }

    void add(CoverageReport.Market market, CoverageReport.Row row) {
      rows.putIfAbsent(row.requirementId(), row);
      markets.computeIfAbsent(row.requirementId(), k -> new LinkedHashSet<>()).add(market.code());
      CoverageReport.Applicable here = market.document(documentId);
      if (here != null && here.reason() != null && !here.reason().isBlank()) {
        reasons.putIfAbsent(market.code(), here.reason());
      }
      if (row.sourceUrl() != null) {
        links.add(row.sourceUrl());
      }
    }

    UUID resourceUuid() {
      return uuid("document " + documentId);
    }

    ObjectNode node(CoverageReport.Device device) {
      ObjectNode node = JSON.createObjectNode();
      node.put("uuid", uuid("control-implementation " + device.id() + " " + documentId).toString());
      node.put("source", "#" + resourceUuid());
      String title = doc == null || doc.title() == null ? documentId : doc.title();
      node.put(
          "description",
          "How the controls of "
              + device.id()
              + " meet "
              + title
              + ". "
              + reasons.entrySet().stream()
                  .map(e -> "Applies in " + e.getKey() + ": " + e.getValue())
                  .collect(Collectors.joining(" ")));
      prop(node.putArray("props"), "document-id", documentId);
      ArrayNode implemented = node.putArray("implemented-requirements");
      rows.values().forEach(row -> implemented.add(requirement(device, row)));
      return node;
    }

    private ObjectNode requirement(CoverageReport.Device device, CoverageReport.Row row) {
      ObjectNode node = JSON.createObjectNode();
      node.put(
          "uuid",
          uuid("implemented-requirement " + device.id() + " " + row.requirementId()).toString());
      node.put("control-id", controlId(row.ref(), row.requirementId()));
      node.put(
          "description",
          row.fulfilment()
              + (row.title() == null ? "" : ": " + row.title())
              + ". Reached by the device's controls: "
              + row.evidence().stream()
                  .map(e -> e.name() == null ? e.controlId() : e.name())
                  .collect(Collectors.joining("; "))
              + ".");
      // The evidence a reviewer checks, one path a line; the description stays readable.
      node.put(
          "remarks",
          "Paths (SATISFIES from a control, then mapping relations, then PART_OF up to a parent):\n"
              + row.evidence().stream().map(EvidenceText::path).collect(Collectors.joining("\n")));
      ArrayNode props = node.putArray("props");
      prop(
          props,
          "implementation-status",
          "FULL".equals(row.fulfilment()) ? "implemented" : "partial");
      prop(props, "fulfilment", row.fulfilment());
      prop(props, "requirement-id", row.requirementId());
      prop(props, "ref", row.ref());
      prop(props, "markets", String.join(" ", markets.get(row.requirementId())));
      row.evidence().forEach(e -> prop(props, "control", e.controlId()));
      return node;
    }
  }

  /**
   * The OSCAL control id of a requirement: NIST SP 800-53 labels as NIST's catalogs spell them
   * (AC-2(1) is ac-2.1); any other ref (or, without one, the id's last part) as a token, runs of
   * characters a token may not hold turned into "_" and a leading "_" where it starts with a digit
   * (5.1-3 is _5.1-3, Art. 13(4) is Art._13_4).
   */
  static String controlId(String ref, String requirementId) {
    String label =
        ref == null || ref.isBlank()
            ? requirementId.substring(requirementId.lastIndexOf(':') + 1)
            : ref.strip();
    Matcher nist = SP_800_53.matcher(label);
    if (nist.matches()) {
      String id = nist.group(1).toLowerCase(Locale.ROOT) + "-" + nist.group(2);
      return nist.group(3) == null ? id : id + "." + nist.group(3);
    }
    String token = label.replaceAll("[^\\p{L}\\p{N}._-]+", "_").replaceAll("^_+|_+$", "");
    return token.isEmpty() || !Character.isLetter(token.codePointAt(0)) ? "_" + token : token;
  }

  /** Adds a regintel property; none for an empty value (OSCAL values are one non-blank line). */
  private static void prop(ArrayNode props, String name, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    ObjectNode prop = props.addObject();
    prop.put("name", name);
    prop.put("ns", NS);
    prop.put("value", value.strip().replaceAll("\\s+", " "));
  }

  private static String marketCodes(CoverageReport report) {
    return report.jurisdictions().stream()
        .map(CoverageReport.Market::code)
        .collect(Collectors.joining(", "));
  }

  /** A version 5 (SHA-1, name-based) UUID of {@code name} in regintel's namespace (RFC 9562). */
  static UUID uuid(String name) {
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      sha1.update(toBytes(NAMESPACE));
      byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
      hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
      hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
      long high = 0;
      long low = 0;
      for (int i = 0; i < 8; i++) {
        high = (high << 8) | (hash[i] & 0xff);
        low = (low << 8) | (hash[i + 8] & 0xff);
      }
      return new UUID(high, low);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-1", e);
    }
  }

  private static byte[] toBytes(UUID uuid) {
    byte[] out = new byte[16];
    long high = uuid.getMostSignificantBits();
    long low = uuid.getLeastSignificantBits();
    for (int i = 0; i < 8; i++) {
      out[i] = (byte) (high >>> (56 - 8 * i));
      out[i + 8] = (byte) (low >>> (56 - 8 * i));
    }
    return out;
  }
}
