package dev.regintel.app.ingest;

import dev.regintel.app.ingest.SeedModel.ControlsFile;
import dev.regintel.app.ingest.SeedModel.Document;
import dev.regintel.app.ingest.SeedModel.DocumentFile;
import dev.regintel.app.ingest.SeedModel.GlossaryFile;
import dev.regintel.app.ingest.SeedModel.MappingsFile;
import dev.regintel.app.ingest.SeedModel.ProductsFile;
import dev.regintel.app.ingest.SeedModel.ReferenceFile;
import dev.regintel.app.ingest.SeedModel.Requirement;
import dev.regintel.app.ingest.SeedModel.Source;
import dev.regintel.app.ingest.SeedUnit.Ref;
import dev.regintel.app.ingest.SeedUnit.Space;
import dev.regintel.app.ingest.SeedUnit.Statement;
import dev.regintel.ontology.Ids;
import dev.regintel.ontology.Method;
import dev.regintel.ontology.Provenance;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a schema-valid seed file into a {@link SeedUnit}: derives ids, lists what the file defines
 * and needs, and prepares batched (UNWIND) statements. Pure: it never touches the graph.
 */
final class SeedPlanner {

  private final JsonMapper mapper =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  /**
   * Plans one file.
   *
   * @throws SeedRejection when the file is valid against the schema but inconsistent in itself (for
   *     example two requirements with the same ref)
   */
  SeedUnit plan(SeedReader.Parsed file) {
    return switch (file.kind()) {
      case REFERENCE ->
          reference(file.name(), mapper.treeToValue(file.root(), ReferenceFile.class));
      case DOCUMENT -> document(file.name(), mapper.treeToValue(file.root(), DocumentFile.class));
      case CONTROLS -> controls(file.name(), mapper.treeToValue(file.root(), ControlsFile.class));
      case PRODUCTS -> products(file.name(), mapper.treeToValue(file.root(), ProductsFile.class));
      case MAPPINGS -> mappings(file.name(), mapper.treeToValue(file.root(), MappingsFile.class));
      case GLOSSARY -> glossary(file.name(), mapper.treeToValue(file.root(), GlossaryFile.class));
      case APPLICABILITY ->
          applicability(
              file.name(), mapper.treeToValue(file.root(), SeedModel.ApplicabilityFile.class));
    };
  }

  private SeedUnit reference(String name, ReferenceFile file) {
    List<Ref> defines = new ArrayList<>();
    List<Ref> references = new ArrayList<>();
    List<Map<String, Object>> jurisdictions = new ArrayList<>();
    List<Map<String, Object>> partOf = new ArrayList<>();
    forEach(
        file.jurisdictions(),
        (j, i) -> {
          String at = "/jurisdictions/" + i;
          defines.add(new Ref(Space.JURISDICTION, j.code(), at + "/code"));
          Map<String, Object> props = props(j.source(), null);
          props.put("code", j.code());
          props.put("name", j.name());
          props.put("nameJa", j.nameJa());
          jurisdictions.add(row("code", j.code(), "props", props));
          if (j.parent() != null) {
            references.add(new Ref(Space.JURISDICTION, j.parent(), at + "/parent"));
            partOf.add(
                row("code", j.code(), "parent", j.parent(), "prov", props(j.source(), null)));
          }
        });
    List<Map<String, Object>> publishers = new ArrayList<>();
    List<Map<String, Object>> basedIn = new ArrayList<>();
    forEach(
        file.publishers(),
        (p, i) -> {
          String at = "/publishers/" + i;
          defines.add(new Ref(Space.PUBLISHER, p.id(), at + "/id"));
          Map<String, Object> props = props(p.source(), p.url());
          props.put("name", p.name());
          props.put("nameJa", p.nameJa());
          props.put("abbreviation", p.abbreviation());
          props.put("url", p.url());
          publishers.add(row("id", p.id(), "props", props));
          if (p.jurisdiction() != null) {
            references.add(new Ref(Space.JURISDICTION, p.jurisdiction(), at + "/jurisdiction"));
            basedIn.add(
                row("id", p.id(), "code", p.jurisdiction(), "prov", props(p.source(), p.url())));
          }
        });
    List<Statement> statements = new ArrayList<>();
    statements.add(
        stmt(
            "UNWIND $rows AS row MERGE (j:Jurisdiction {code: row.code}) SET j += row.props",
            "rows",
            jurisdictions));
    statements.add(
        stmt(
            """
        UNWIND $rows AS row
        MATCH (j:Jurisdiction {code: row.code}) MATCH (p:Jurisdiction {code: row.parent})
        MERGE (j)-[r:PART_OF]->(p) SET r += row.prov""",
            "rows",
            partOf));
    statements.add(
        stmt(
            "UNWIND $rows AS row MERGE (p:Publisher {id: row.id}) SET p += row.props",
            "rows",
            publishers));
    statements.add(
        stmt(
            """
        UNWIND $rows AS row
        MATCH (p:Publisher {id: row.id})
        OPTIONAL MATCH (p)-[old:BASED_IN]->(o:Jurisdiction) WHERE o.code <> row.code
        DELETE old
        WITH DISTINCT p, row
        MATCH (j:Jurisdiction {code: row.code})
        MERGE (p)-[r:BASED_IN]->(j) SET r += row.prov""",
            "rows",
            basedIn));
    String summary =
        count(jurisdictions.size(), "jurisdiction") + ", " + count(publishers.size(), "publisher");
    return new SeedUnit(name, SeedKind.REFERENCE, summary, defines, references, statements);
  }

  private SeedUnit document(String name, DocumentFile file) {
    Document d = file.document();
    List<Ref> defines = new ArrayList<>();
    List<Ref> references = new ArrayList<>();
    defines.add(new Ref(Space.DOCUMENT, d.id(), "/document/id"));
    references.add(new Ref(Space.PUBLISHER, d.publisher(), "/document/publisher"));
    forEach(
        d.jurisdictions(),
        (code, i) ->
            references.add(new Ref(Space.JURISDICTION, code, "/document/jurisdictions/" + i)));
    if (d.previousVersion() != null) {
      references.add(new Ref(Space.DOCUMENT, d.previousVersion(), "/document/previousVersion"));
    }
    forEach(
        d.supersedes(),
        (id, i) -> references.add(new Ref(Space.DOCUMENT, id, "/document/supersedes/" + i)));
    if (d.id().equals(d.previousVersion())
        || (d.supersedes() != null && d.supersedes().contains(d.id()))) {
      throw new SeedRejection(name, "/document", "a document cannot follow or supersede itself");
    }

    Source docSource =
        d.source() != null ? d.source() : new Source(d.url(), null, null, null, null);
    Map<String, Object> props = props(docSource, d.url());
    props.put("code", d.code());
    props.put("codeKey", Ids.codeKey(d.code()));
    props.put("version", d.version());
    props.put("versionKey", d.version() == null ? null : Ids.codeKey(d.version()));
    props.put("aliases", emptyToNull(d.aliases()));
    props.put(
        "aliasKeys",
        d.aliases() == null || d.aliases().isEmpty()
            ? null
            : d.aliases().stream().map(Ids::codeKey).distinct().toList());
    props.put("title", d.title());
    props.put("titleJa", d.titleJa());
    props.put("summary", d.summary());
    props.put("summaryJa", d.summaryJa());
    props.put("kind", d.kind());
    props.put("status", d.status());
    props.put("stage", d.stage());
    putDate(props, "published", d.published());
    putDate(props, "inForce", d.inForce());
    props.put("url", d.url());
    props.put("family", d.family());
    props.put(
        "commentOpens",
        d.commentPeriod() == null ? null : SeedDates.date(d.commentPeriod().opens()));
    props.put(
        "commentCloses",
        d.commentPeriod() == null ? null : SeedDates.date(d.commentPeriod().closes()));
    props.put("textLicence", d.textLicence());
    props.put("unverified", emptyToNull(d.unverified()));
    props.put("note", d.note());
    Map<String, Object> prov = props(docSource, d.url());

    List<Map<String, Object>> requirements = new ArrayList<>();
    List<Map<String, Object>> parts = new ArrayList<>();
    Map<String, String> seenRefs = new HashMap<>();
    flatten(
        name,
        d,
        docSource,
        file.requirements(),
        "/requirements",
        null,
        requirements,
        parts,
        seenRefs,
        defines);

    List<Statement> statements = new ArrayList<>();
    statements.add(
        stmt("MERGE (d:Document {id: $id}) SET d += $props", "id", d.id(), "props", props));
    statements.add(
        stmt(
            """
        MATCH (d:Document {id: $id})
        OPTIONAL MATCH (d)-[old:PUBLISHED_BY]->(o:Publisher) WHERE o.id <> $publisher
        DELETE old
        WITH DISTINCT d
        MATCH (p:Publisher {id: $publisher})
        MERGE (d)-[r:PUBLISHED_BY]->(p) SET r += $prov""",
            "id",
            d.id(),
            "publisher",
            d.publisher(),
            "prov",
            prov));
    statements.add(
        stmt(
            """
        MATCH (d:Document {id: $id})
        OPTIONAL MATCH (d)-[old:APPLIES_IN]->(o:Jurisdiction) WHERE NOT o.code IN $codes
        DELETE old
        WITH DISTINCT d
        UNWIND $codes AS code
        MATCH (j:Jurisdiction {code: code})
        MERGE (d)-[r:APPLIES_IN]->(j) SET r += $prov""",
            "id",
            d.id(),
            "codes",
            d.jurisdictions(),
            "prov",
            prov));
    if (d.previousVersion() != null) {
      statements.add(
          stmt(
              """
          MATCH (d:Document {id: $id}) MATCH (p:Document {id: $previous})
          MERGE (p)-[r:NEXT_VERSION]->(d) SET r += $prov""",
              "id",
              d.id(),
              "previous",
              d.previousVersion(),
              "prov",
              prov));
    }
    if (d.supersedes() != null && !d.supersedes().isEmpty()) {
      statements.add(
          stmt(
              """
          MATCH (d:Document {id: $id})
          UNWIND $older AS olderId
          MATCH (o:Document {id: olderId})
          MERGE (d)-[r:SUPERSEDES]->(o) SET r += $prov""",
              "id",
              d.id(),
              "older",
              d.supersedes(),
              "prov",
              prov));
    }
    statements.add(
        stmt(
            """
        MATCH (d:Document {id: $id})
        UNWIND $rows AS row
        MERGE (r:Requirement {id: row.id}) SET r += row.props
        MERGE (d)-[h:HAS_REQUIREMENT]->(r) SET h += row.prov""",
            "id",
            d.id(),
            "rows",
            requirements));
    statements.add(
        stmt(
            """
        UNWIND $rows AS row
        MATCH (p:Requirement {id: row.parent}) MATCH (c:Requirement {id: row.child})
        MERGE (p)-[h:HAS_PART]->(c) SET h += row.prov""",
            "rows",
            parts));
    String summary = "1 document, " + count(requirements.size(), "requirement");
    return new SeedUnit(name, SeedKind.DOCUMENT, summary, defines, references, statements);
  }

  private void flatten(
      String name,
      Document d,
      Source inherited,
      List<Requirement> list,
      String at,
      String parentId,
      List<Map<String, Object>> rows,
      List<Map<String, Object>> parts,
      Map<String, String> seenRefs,
      List<Ref> defines) {
    if (list == null) {
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      Requirement r = list.get(i);
      String here = at + "/" + i;
      String id;
      try {
        id = r.id() != null ? r.id() : Ids.requirement(d.id(), r.ref());
      } catch (IllegalArgumentException e) {
        throw new SeedRejection(name, here + "/ref", e.getMessage());
      }
      String earlier = seenRefs.putIfAbsent(id, here);
      if (earlier != null) {
        throw new SeedRejection(
            name,
            here + "/ref",
            "ref '" + r.ref() + "' gives the id " + id + ", already used at " + earlier);
      }
      defines.add(new Ref(Space.REQUIREMENT, id, here + "/ref"));
      Source source = r.source() != null ? r.source() : inherited;
      Map<String, Object> props = props(source, d.url());
      props.put("ref", r.ref());
      props.put("refKey", Ids.slug(r.ref()));
      props.put("documentId", d.id());
      props.put("order", rows.size());
      props.put("title", r.title());
      props.put("titleJa", r.titleJa());
      props.put("text", r.text());
      props.put("textJa", r.textJa());
      props.put("textIsOfficial", r.textIsOfficial());
      props.put("obligation", r.obligation());
      props.put("condition", r.condition());
      props.put("conditionJa", r.conditionJa());
      props.put("section", r.section());
      props.put("deadline", r.deadline());
      props.put("unverified", emptyToNull(r.unverified()));
      props.put("note", r.note());
      props.put("parentId", parentId);
      rows.add(row("id", id, "props", props, "prov", props(source, d.url())));
      if (parentId != null) {
        parts.add(row("parent", parentId, "child", id, "prov", props(source, d.url())));
      }
      flatten(
          name, d, source, r.children(), here + "/children", id, rows, parts, seenRefs, defines);
    }
  }

  private SeedUnit controls(String name, ControlsFile file) {
    List<Ref> defines = new ArrayList<>();
    List<Ref> references = new ArrayList<>();
    List<Map<String, Object>> controls = new ArrayList<>();
    List<Map<String, Object>> satisfies = new ArrayList<>();
    forEach(
        file.controls(),
        (c, i) -> {
          String at = "/controls/" + i;
          defines.add(new Ref(Space.CONTROL, c.id(), at + "/id"));
          Source source = c.source() != null ? c.source() : file.source();
          Map<String, Object> props = props(source, null);
          props.put("name", c.name());
          props.put("nameJa", c.nameJa());
          props.put("description", c.description());
          props.put("descriptionJa", c.descriptionJa());
          props.put("category", c.category());
          props.put("unverified", emptyToNull(c.unverified()));
          props.put("note", c.note());
          controls.add(row("id", c.id(), "props", props));
          forEach(
              c.satisfies(),
              (s, j) -> {
                references.add(
                    new Ref(
                        Space.REQUIREMENT,
                        s.requirement(),
                        at + "/satisfies/" + j + "/requirement"));
                Map<String, Object> edge = props(s.source() != null ? s.source() : source, null);
                edge.put("fulfilment", s.fulfilment());
                edge.put("evidence", s.evidence());
                satisfies.add(
                    row("control", c.id(), "requirement", s.requirement(), "props", edge));
              });
        });
    List<Statement> statements =
        List.of(
            stmt(
                "UNWIND $rows AS row MERGE (c:Control {id: row.id}) SET c += row.props",
                "rows",
                controls),
            stmt(
                """
            UNWIND $rows AS row
            MATCH (c:Control {id: row.control}) MATCH (r:Requirement {id: row.requirement})
            MERGE (c)-[s:SATISFIES]->(r) SET s += row.props""",
                "rows",
                satisfies));
    String summary =
        count(controls.size(), "control") + ", " + count(satisfies.size(), "satisfies edge");
    return new SeedUnit(name, SeedKind.CONTROLS, summary, defines, references, statements);
  }

  private SeedUnit products(String name, ProductsFile file) {
    List<Ref> defines = new ArrayList<>();
    List<Ref> references = new ArrayList<>();
    List<Map<String, Object>> suppliers = new ArrayList<>();
    forEach(
        file.suppliers(),
        (s, i) -> {
          defines.add(new Ref(Space.SUPPLIER, s.id(), "/suppliers/" + i + "/id"));
          Map<String, Object> props = props(s.source() != null ? s.source() : file.source(), null);
          props.put("name", s.name());
          props.put("nameJa", s.nameJa());
          props.put("url", s.url());
          props.put("example", Boolean.TRUE.equals(s.example()));
          props.put("note", s.note());
          suppliers.add(row("id", s.id(), "props", props));
        });
    List<Map<String, Object>> devices = new ArrayList<>();
    forEach(
        file.devices(),
        (d, i) -> {
          String at = "/devices/" + i;
          defines.add(new Ref(Space.DEVICE, d.id(), at + "/id"));
          if (d.supplier() != null) {
            references.add(new Ref(Space.SUPPLIER, d.supplier(), at + "/supplier"));
          }
          forEach(
              d.controls(),
              (c, j) -> references.add(new Ref(Space.CONTROL, c, at + "/controls/" + j)));
          forEach(
              d.markets(),
              (m, j) -> references.add(new Ref(Space.JURISDICTION, m, at + "/markets/" + j)));
          Map<String, Object> prov = props(d.source() != null ? d.source() : file.source(), null);
          Map<String, Object> props = new LinkedHashMap<>(prov);
          props.put("name", d.name());
          props.put("nameJa", d.nameJa());
          props.put("category", d.category());
          props.put("example", Boolean.TRUE.equals(d.example()));
          props.put("note", d.note());
          devices.add(
              row(
                  "id",
                  d.id(),
                  "props",
                  props,
                  "prov",
                  prov,
                  "supplier",
                  d.supplier(),
                  "controls",
                  d.controls() == null ? List.of() : d.controls(),
                  "markets",
                  d.markets() == null ? List.of() : d.markets()));
        });
    List<Statement> statements =
        List.of(
            stmt(
                "UNWIND $rows AS row MERGE (s:Supplier {id: row.id}) SET s += row.props",
                "rows",
                suppliers),
            stmt(
                "UNWIND $rows AS row MERGE (d:Device {id: row.id}) SET d += row.props",
                "rows",
                devices),
            stmt(
                """
            UNWIND $rows AS row
            MATCH (d:Device {id: row.id})
            OPTIONAL MATCH (d)<-[old:SUPPLIES]-(o:Supplier) WHERE o.id <> coalesce(row.supplier, '')
            DELETE old
            WITH DISTINCT d, row WHERE row.supplier IS NOT NULL
            MATCH (s:Supplier {id: row.supplier})
            MERGE (s)-[r:SUPPLIES]->(d) SET r += row.prov""",
                "rows",
                devices),
            stmt(
                """
            UNWIND $rows AS row
            MATCH (d:Device {id: row.id})
            OPTIONAL MATCH (d)-[old:IMPLEMENTS]->(o:Control) WHERE NOT o.id IN row.controls
            DELETE old
            WITH DISTINCT d, row
            UNWIND row.controls AS controlId
            MATCH (c:Control {id: controlId})
            MERGE (d)-[r:IMPLEMENTS]->(c) SET r += row.prov""",
                "rows",
                devices),
            stmt(
                """
            UNWIND $rows AS row
            MATCH (d:Device {id: row.id})
            OPTIONAL MATCH (d)-[old:MARKETED_IN]->(o:Jurisdiction) WHERE NOT o.code IN row.markets
            DELETE old
            WITH DISTINCT d, row
            UNWIND row.markets AS code
            MATCH (j:Jurisdiction {code: code})
            MERGE (d)-[r:MARKETED_IN]->(j) SET r += row.prov""",
                "rows",
                devices));
    String summary = count(suppliers.size(), "supplier") + ", " + count(devices.size(), "device");
    return new SeedUnit(name, SeedKind.PRODUCTS, summary, defines, references, statements);
  }

  private SeedUnit mappings(String name, MappingsFile file) {
    List<Ref> defines = new ArrayList<>();
    List<Ref> references = new ArrayList<>();
    List<Map<String, Object>> rows = new ArrayList<>();
    forEach(
        file.mappings(),
        (m, i) -> {
          String at = "/mappings/" + i;
          if (m.from().equals(m.to())) {
            throw new SeedRejection(
                name, at, "a mapping cannot go from a requirement to itself (" + m.from() + ")");
          }
          String pair =
              m.from().compareTo(m.to()) < 0
                  ? m.from() + " ~ " + m.to()
                  : m.to() + " ~ " + m.from();
          defines.add(new Ref(Space.MAPPING, pair, at));
          references.add(new Ref(Space.REQUIREMENT, m.from(), at + "/from"));
          references.add(new Ref(Space.REQUIREMENT, m.to(), at + "/to"));
          Map<String, Object> props = props(m.source() != null ? m.source() : file.source(), null);
          props.put("relation", m.relation());
          props.put("rationale", m.rationale());
          props.put("strength", m.strength());
          props.put("note", m.note());
          props.put("unverified", emptyToNull(m.unverified()));
          rows.add(row("from", m.from(), "to", m.to(), "props", props));
        });
    List<Statement> statements =
        List.of(
            stmt(
                """
        UNWIND $rows AS row
        MATCH (a:Requirement {id: row.from}) MATCH (b:Requirement {id: row.to})
        MERGE (a)-[m:MAPS_TO]->(b) SET m += row.props""",
                "rows",
                rows));
    return new SeedUnit(
        name, SeedKind.MAPPINGS, count(rows.size(), "mapping"), defines, references, statements);
  }

  private SeedUnit glossary(String name, GlossaryFile file) {
    List<Ref> defines = new ArrayList<>();
    List<Map<String, Object>> rows = new ArrayList<>();
    forEach(
        file.terms(),
        (t, i) -> {
          String id = Ids.term(t.en(), t.ja());
          defines.add(new Ref(Space.TERM, id, "/terms/" + i));
          Map<String, Object> props = props(t.source() != null ? t.source() : file.source(), null);
          props.put("en", t.en());
          props.put("ja", t.ja());
          props.put("enAlt", emptyToNull(t.enAlt()));
          props.put("jaAlt", emptyToNull(t.jaAlt()));
          props.put("reading", t.reading());
          props.put("domain", t.domain());
          rows.add(row("id", id, "props", props));
        });
    List<Statement> statements =
        List.of(
            stmt(
                "UNWIND $rows AS row MERGE (t:Term {id: row.id}) SET t += row.props",
                "rows",
                rows));
    return new SeedUnit(
        name, SeedKind.GLOSSARY, count(rows.size(), "term"), defines, List.of(), statements);
  }

  private SeedUnit applicability(String name, SeedModel.ApplicabilityFile file) {
    List<Ref> defines = new ArrayList<>();
    List<Ref> references = new ArrayList<>();
    List<Map<String, Object>> rows = new ArrayList<>();
    forEach(
        file.rules(),
        (r, i) -> {
          String at = "/rules/" + i;
          defines.add(new Ref(Space.RULE, r.id(), at + "/id"));
          references.add(new Ref(Space.DOCUMENT, r.document(), at + "/document"));
          references.add(new Ref(Space.JURISDICTION, r.jurisdiction(), at + "/jurisdiction"));
          Map<String, Object> props = props(r.source() != null ? r.source() : file.source(), null);
          props.put("jurisdiction", r.jurisdiction());
          props.put("categories", r.categories() == null ? List.of() : r.categories());
          props.put(
              "excludedCategories",
              r.excludedCategories() == null ? List.of() : r.excludedCategories());
          props.put("from", SeedDates.date(r.from()));
          props.put("until", SeedDates.date(r.until()));
          props.put("scope", r.scope());
          props.put("reason", r.reason());
          props.put("reasonJa", r.reasonJa());
          props.put("unverified", emptyToNull(r.unverified()));
          props.put("note", r.note());
          rows.add(
              row(
                  "id",
                  r.id(),
                  "document",
                  r.document(),
                  "props",
                  props,
                  "prov",
                  props(r.source() != null ? r.source() : file.source(), null)));
        });
    List<Statement> statements =
        List.of(
            stmt(
                """
        UNWIND $rows AS row
        MERGE (r:ApplicabilityRule {id: row.id}) SET r += row.props
        WITH r, row
        OPTIONAL MATCH (r)-[old:MAKES_APPLICABLE]->(o:Document) WHERE o.id <> row.document
        DELETE old
        WITH DISTINCT r, row
        MATCH (d:Document {id: row.document})
        MERGE (r)-[m:MAKES_APPLICABLE]->(d) SET m += row.prov""",
                "rows",
                rows));
    return new SeedUnit(
        name,
        SeedKind.APPLICABILITY,
        count(rows.size(), "applicability rule"),
        defines,
        references,
        statements);
  }

  /** Provenance properties from a source, defaulting to a SEED fact read at {@code fallbackUrl}. */
  private static Map<String, Object> props(Source source, String fallbackUrl) {
    Provenance provenance;
    if (source == null) {
      provenance = Provenance.seed(fallbackUrl);
    } else {
      provenance =
          new Provenance(
              source.url(),
              source.retrieved() == null
                  ? null
                  : OffsetDateTime.parse(source.retrieved()).toInstant(),
              source.method() == null ? Method.SEED : Method.valueOf(source.method()),
              source.sha256());
    }
    Map<String, Object> props = new LinkedHashMap<>(provenance.toProperties());
    props.putIfAbsent(Provenance.RETRIEVED_KEY, null);
    props.putIfAbsent(Provenance.SHA256_KEY, null);
    return props;
  }

  private static void putDate(Map<String, Object> props, String key, String partial) {
    SeedDates.Partial parsed = SeedDates.partial(partial);
    props.put(key, parsed == null ? null : parsed.date());
    props.put(key + "Precision", parsed == null ? null : parsed.precision());
  }

  private static List<String> emptyToNull(List<String> list) {
    return list == null || list.isEmpty() ? null : list;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : (noun.endsWith("s") ? "es" : "s"));
  }

  private static Statement stmt(String cypher, Object... keyValues) {
    return new Statement(cypher, row(keyValues));
  }

  private static Map<String, Object> row(Object... keyValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }

  private interface IndexedConsumer<T> {
    void accept(T item, int index);
  }

  private static <T> void forEach(List<T> list, IndexedConsumer<T> consumer) {
    if (list == null) {
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      consumer.accept(list.get(i), i);
    }
  }
}
