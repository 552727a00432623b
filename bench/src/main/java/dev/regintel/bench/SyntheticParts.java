package dev.regintel.bench;

import dev.regintel.bench.Vocabulary.Place;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What {@link SyntheticLoad} writes for a {@link SyntheticGraph}: per label a {@code CREATE} of
 * nodes with their properties ({@link SyntheticNodes}), and per relationship type a {@code MATCH}
 * of both ends by id (jurisdictions by code), through the unique constraints of the schema
 * migrations, and a {@code CREATE} of the relationship with its properties and provenance.
 */
final class SyntheticParts {

  private SyntheticParts() {}

  static List<SyntheticLoad.Part> parts(SyntheticGraph g) {
    SyntheticCorpus c = g.corpus;
    SyntheticMappings m = g.mappings;
    SyntheticProducts p = g.products;
    SyntheticRules r = g.rules;
    int[] children =
        IntStream.range(0, c.reqParent.length).filter(i -> c.reqParent[i] >= 0).toArray();
    int[] later =
        IntStream.range(0, c.docPrevious.length).filter(d -> c.docPrevious[d] >= 0).toArray();
    int[] regions =
        IntStream.range(0, c.places.length).filter(i -> c.places[i].parent() != null).toArray();
    int[] appliesIn = appliesIn(c);
    int[] implementer = owners(p.implementsStart);
    int[] seller = owners(p.marketStart);
    int[] satisfier = owners(p.satisfiesStart);
    List<SyntheticLoad.Part> parts = new ArrayList<>();

    parts.add(
        nodes("Jurisdiction", c.places.length, i -> SyntheticNodes.jurisdiction(c.places[i])));
    parts.add(nodes("Publisher", c.publisherPlace.length, i -> SyntheticNodes.publisher(g, i)));
    parts.add(nodes("Document", c.docId.length, d -> SyntheticNodes.document(g, d)));
    parts.add(nodes("Requirement", c.reqId.length, i -> SyntheticNodes.requirement(g, i)));
    parts.add(nodes("Control", p.controls(), i -> SyntheticNodes.control(g, i)));
    parts.add(nodes("Supplier", p.suppliers, i -> SyntheticNodes.supplier(g, i)));
    parts.add(nodes("Device", p.devices(), i -> SyntheticNodes.device(g, i)));
    parts.add(nodes("ApplicabilityRule", r.size(), i -> SyntheticNodes.rule(g, i)));

    parts.add(
        link(
            "PART_OF",
            "Jurisdiction",
            "Jurisdiction",
            regions.length,
            List.of(),
            i -> {
              Place place = c.places[regions[i]];
              return row(place.code(), place.parent(), SyntheticNodes.placeUrl(place));
            }));
    parts.add(
        link(
            "BASED_IN",
            "Publisher",
            "Jurisdiction",
            c.publisherPlace.length,
            List.of(),
            i ->
                row(
                    g.publisherId(i),
                    c.places[c.publisherPlace[i]].code(),
                    SyntheticNodes.publisherUrl(i))));
    parts.add(
        link(
            "PUBLISHED_BY",
            "Document",
            "Publisher",
            c.docId.length,
            List.of(),
            d ->
                row(
                    c.docId[d],
                    g.publisherId(c.docPublisher[d]),
                    SyntheticNodes.documentUrl(c, d))));
    parts.add(
        link(
            "APPLIES_IN",
            "Document",
            "Jurisdiction",
            appliesIn.length / 2,
            List.of(),
            i ->
                row(
                    c.docId[appliesIn[2 * i]],
                    c.places[appliesIn[2 * i + 1]].code(),
                    SyntheticNodes.documentUrl(c, appliesIn[2 * i]))));
    // A later version is linked to the one before it twice: (older)-[:NEXT_VERSION]->(later) and
    // (later)-[:SUPERSEDES]->(older).
    for (String type : List.of("NEXT_VERSION", "SUPERSEDES")) {
      boolean fromOlder = type.equals("NEXT_VERSION");
      parts.add(
          link(
              type,
              "Document",
              "Document",
              later.length,
              List.of(),
              i -> {
                String newer = c.docId[later[i]];
                String older = c.docId[c.docPrevious[later[i]]];
                return row(
                    fromOlder ? older : newer,
                    fromOlder ? newer : older,
                    SyntheticNodes.documentUrl(c, later[i]));
              }));
    }
    parts.add(
        link(
            "HAS_REQUIREMENT",
            "Document",
            "Requirement",
            c.reqId.length,
            List.of(),
            i ->
                row(c.docId[c.reqDoc[i]], c.reqId[i], SyntheticNodes.documentUrl(c, c.reqDoc[i]))));
    parts.add(
        link(
            "HAS_PART",
            "Requirement",
            "Requirement",
            children.length,
            List.of(),
            i ->
                row(
                    c.reqId[c.reqParent[children[i]]],
                    c.reqId[children[i]],
                    SyntheticNodes.documentUrl(c, c.reqDoc[children[i]]))));
    parts.add(
        link(
            "MAPS_TO",
            "Requirement",
            "Requirement",
            m.size(),
            List.of("relation", "rationale", "strength"),
            i -> {
              Map<String, Object> row =
                  row(
                      c.reqId[m.from[i]],
                      c.reqId[m.to[i]],
                      SyntheticNodes.mappingUrl(g, c.reqTopic[m.from[i]]));
              row.put("relation", SyntheticMappings.RELATIONS[m.relation[i]]);
              row.put("rationale", SyntheticMappings.RATIONALES[m.rationale[i]]);
              row.put("strength", (long) m.strength[i]);
              return row;
            }));
    parts.add(
        link(
            "SATISFIES",
            "Control",
            "Requirement",
            satisfier.length,
            List.of("fulfilment", "evidence"),
            i -> {
              int control = satisfier[i];
              Map<String, Object> row =
                  row(
                      g.controlId(control),
                      c.reqId[p.satisfiesRequirement[i]],
                      SyntheticNodes.controlUrl(control));
              row.put("fulfilment", p.satisfiesFull[i] ? "FULL" : "PARTIAL");
              row.put(
                  "evidence",
                  "Synthetic claim: the control addresses "
                      + g.topicName(p.controlTopic[control])
                      + (p.satisfiesFull[i] ? " completely." : " in part."));
              return row;
            }));
    parts.add(
        link(
            "SUPPLIES",
            "Supplier",
            "Device",
            p.devices(),
            List.of(),
            d ->
                row(
                    g.supplierId(p.deviceSupplier[d]),
                    g.deviceId(d),
                    SyntheticNodes.deviceUrl(d))));
    parts.add(
        link(
            "IMPLEMENTS",
            "Device",
            "Control",
            implementer.length,
            List.of(),
            i ->
                row(
                    g.deviceId(implementer[i]),
                    g.controlId(p.implementsControl[i]),
                    SyntheticNodes.deviceUrl(implementer[i]))));
    parts.add(
        link(
            "MARKETED_IN",
            "Device",
            "Jurisdiction",
            seller.length,
            List.of(),
            i ->
                row(
                    g.deviceId(seller[i]),
                    c.places[p.marketPlace[i]].code(),
                    SyntheticNodes.deviceUrl(seller[i]))));
    parts.add(
        link(
            "MAKES_APPLICABLE",
            "ApplicabilityRule",
            "Document",
            r.size(),
            List.of(),
            i -> row(g.ruleId(i), c.docId[r.document[i]], SyntheticNodes.ruleUrl(g, i))));
    return parts;
  }

  private static SyntheticLoad.Part nodes(
      String label, int rows, IntFunction<Map<String, Object>> row) {
    return new SyntheticLoad.Part(
        label, true, rows, "UNWIND $rows AS row CREATE (n:" + label + ") SET n = row", row);
  }

  /**
   * Relationships from {@code row.a} to {@code row.b}, found by id (jurisdictions by code), with
   * the given properties taken from the row, plus provenance.
   */
  private static SyntheticLoad.Part link(
      String type,
      String from,
      String to,
      int rows,
      List<String> properties,
      IntFunction<Map<String, Object>> row) {
    String props = properties.stream().map(k -> k + ": row." + k).collect(Collectors.joining(", "));
    String cypher =
        """
        UNWIND $rows AS row
        MATCH (a:%s {%s: row.a})
        MATCH (b:%s {%s: row.b})
        CREATE (a)-[:%s {%ssrcUrl: row.srcUrl, srcMethod: '%s'}]->(b)"""
            .formatted(
                from,
                key(from),
                to,
                key(to),
                type,
                props.isEmpty() ? "" : props + ", ",
                SyntheticNodes.IMPORT);
    return new SyntheticLoad.Part(type, false, rows, cypher, row);
  }

  private static String key(String label) {
    return label.equals("Jurisdiction") ? "code" : "id";
  }

  private static Map<String, Object> row(String a, String b, String srcUrl) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("a", a);
    row.put("b", b);
    row.put("srcUrl", srcUrl);
    return row;
  }

  /** Each document's primary jurisdiction and, for some, a second: pairs (document, place). */
  private static int[] appliesIn(SyntheticCorpus c) {
    int[] pairs = new int[4 * c.docId.length];
    int n = 0;
    for (int d = 0; d < c.docId.length; d++) {
      pairs[n++] = d;
      pairs[n++] = c.docPlace[d];
      if (c.docSecondPlace[d] >= 0) {
        pairs[n++] = d;
        pairs[n++] = c.docSecondPlace[d];
      }
    }
    return Arrays.copyOf(pairs, n);
  }

  /** For flat lists with start offsets: the owner of each entry. */
  private static int[] owners(int[] start) {
    int[] owner = new int[start[start.length - 1]];
    for (int o = 0; o + 1 < start.length; o++) {
      Arrays.fill(owner, start[o], start[o + 1], o);
    }
    return owner;
  }
}
