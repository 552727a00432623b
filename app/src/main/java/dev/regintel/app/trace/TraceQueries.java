package dev.regintel.app.trace;

/**
 * The Cypher behind trace, coverage and reverse trace. Each is one statement, so each request costs
 * one Bolt round trip (a trace or coverage walked over the {@link MappingIndex} sends {@link
 * #INDEX_TRACE} or {@link #INDEX_COVERAGE} instead, also one). The database does what it is best
 * at: from the requirements a control satisfies, the distinct requirements within {@code maxHops}
 * mappings (a pruning, breadth-first expansion), the mapping edges among them, and the ancestors of
 * the reached requirements. The choice of paths ({@link MappingWalk}) and of the best one ({@link
 * TraceEngine}) run in memory over that neighbourhood.
 */
public final class TraceQueries {

  /** The most mapping steps a path may take. */
  public static final int MAX_HOPS = 8;

  private TraceQueries() {}

  /**
   * From {@code firsts}: {@code reached} (requirements within reach) and {@code edges} among them.
   * An edge leaving the reached set leads to a requirement farther than {@code maxHops}, which no
   * walk may use, so it is not returned (Neo4j checks {@code IN} against a list it caches as a
   * set). An edge names its ends by their internal node ids, which cost no property read (there are
   * several edges per reached requirement); the caller maps them to requirement ids through the
   * nodes it also returns. Internal ids are only compared within one query's answer.
   */
  private static String neighbourhood(int maxHops) {
    return """
        CALL (firsts) {
          UNWIND firsts AS r0
          MATCH (r0)-[:MAPS_TO*0..%d]-(n:Requirement)
          WITH DISTINCT n
          RETURN collect(n) AS reached
        }
        CALL (reached) {
          UNWIND reached AS a
          MATCH (a)-[m:MAPS_TO]->(b:Requirement)
          WHERE b IN reached
          RETURN collect([id(a), id(b), m.relation]) AS edges
        }
        """
        .formatted(checked(maxHops));
  }

  /**
   * Ancestors of the reached requirements with their children ({@code [id, obligation]} pairs), and
   * their documents' jurisdictions. Parents are found by the {@code parentId} the reached
   * requirements carry (an index seek each; ingest makes a HAS_PART edge from every parentId), and
   * only their own ancestors by walking HAS_PART, which spares walking up from every reached
   * requirement. Depths come from the parentIds in memory. {@code nodes} are the reached
   * requirements and ancestors as maps of their properties: a node's element id and labels are not
   * needed, and maps cost the server less to send.
   */
  private static final String PARENTS_AND_NODES =
      """
      CALL (reached) {
        UNWIND reached AS r
        WITH DISTINCT r.parentId AS parentId WHERE parentId IS NOT NULL
        MATCH (p:Requirement {id: parentId})
        OPTIONAL MATCH (p)<-[:HAS_PART]-+(up:Requirement)
        WITH collect(DISTINCT p) + collect(DISTINCT up) AS ancestors
        UNWIND ancestors AS a
        WITH DISTINCT a
        RETURN collect({id: a.id, node: a,
                        children: [(a)-[:HAS_PART]->(ch) | [ch.id, ch.obligation]]}) AS parents
      }
      WITH *, [n IN reached + [x IN parents | x.node] | n {.*, nid: id(n)}] AS nodes
      CALL (nodes) {
        UNWIND nodes AS n
        WITH DISTINCT n.documentId AS documentId
        MATCH (d:Document {id: documentId})
        RETURN collect({id: documentId,
                        jurisdictions: [(d)-[:APPLIES_IN]->(:Jurisdiction)-[:PART_OF*0..3]->(j) | j.code]}) AS documents
      }
      """;

  /**
   * The trace of one control. Parameters: {@code controlId}. Returns one row ({@code control},
   * {@code starts}, {@code edges}, {@code parents}, {@code nodes}), or none when the control does
   * not exist.
   */
  public static String trace(int maxHops) {
    return """
        MATCH (c:Control {id: $controlId})
        CALL (c) {
          MATCH (c)-[s:SATISFIES]->(r0:Requirement)
          RETURN collect({control: c.id, requirement: r0.id, fulfilment: s.fulfilment}) AS starts,
                 collect(DISTINCT r0) AS firsts
        }
        %s
        %s
        RETURN c AS control, starts, edges, parents, nodes, documents
        """
        .formatted(neighbourhood(maxHops), PARENTS_AND_NODES);
  }

  /**
   * What a trace walked in memory ({@link MappingIndex}) needs from the graph, and what tells
   * whether the index may answer: the graph's generation and when it was counted, the control with
   * its SATISFIES edges, and the properties of the requirements reached ({@code $ids}). Parameters:
   * {@code controlId}, {@code ids}. Returns one row; {@code control} is null when there is no such
   * control.
   */
  public static final String INDEX_TRACE =
      """
      OPTIONAL MATCH (m:RegintelMeta {key: 'graph'})
      WITH m.generation AS generation, toString(m.changedAt) AS changedAt
      OPTIONAL MATCH (c:Control {id: $controlId})
      CALL () {
        UNWIND $ids AS id
        MATCH (r:Requirement {id: id})
        RETURN collect(r {.*}) AS nodes
      }
      RETURN generation, changedAt, c AS control, nodes,
             CASE WHEN c IS NULL THEN []
                  ELSE [(c)-[s:SATISFIES]->(r:Requirement) | [r.id, s.fulfilment]] END AS starts
      """;

  /**
   * The device and what of coverage does not depend on the mappings: {@code dev}, {@code codes}
   * (the markets asked for, else the device's) and {@code controls} (the device's). Parameters:
   * {@code deviceId}, {@code jurisdictions} (null for the device's markets). No row when the device
   * does not exist.
   */
  private static final String COVERAGE_DEVICE =
      """
      MATCH (dev:Device {id: $deviceId})
      WITH dev, coalesce($jurisdictions, [(dev)-[:MARKETED_IN]->(m:Jurisdiction) | m.code]) AS codes
      CALL (dev) {
        OPTIONAL MATCH (dev)-[:IMPLEMENTS]->(c:Control)
        RETURN collect(DISTINCT c) AS controls
      }
      """;

  /**
   * The markets asked for: {@code markets}, and {@code unknown} (the codes that name no
   * jurisdiction).
   */
  private static final String COVERAGE_MARKETS =
      """
      CALL (codes) {
        UNWIND codes AS code
        OPTIONAL MATCH (m:Jurisdiction {code: code})
        RETURN collect(m) AS markets, collect(CASE WHEN m IS NULL THEN code END) AS unknown
      }
      """;

  /**
   * The rules of the markets that make a document apply to the device, as rows of {@code market},
   * {@code via}, {@code rule} and {@code d} (the document), ordered by document; %s is what else a
   * row carries. A market's rules are its own, those of the jurisdictions it is part of (the EU's
   * in a member state: via WITHIN) and those of its parts (California's in the US: via PART).
   */
  private static final String MATCHING_RULES =
      """
        UNWIND markets AS market
        CALL (market) {
          MATCH (market)-[:PART_OF]->{0,3}(rj:Jurisdiction)
          RETURN rj, CASE WHEN rj = market THEN 'SELF' ELSE 'WITHIN' END AS via
          UNION
          MATCH (rj:Jurisdiction)-[:PART_OF]->{1,3}(market)
          RETURN rj, 'PART' AS via
        }
        MATCH (rule:ApplicabilityRule {jurisdiction: rj.code})-[:MAKES_APPLICABLE]->(d:Document)
        WHERE (size(coalesce(rule.categories, [])) = 0 OR dev.category IN rule.categories)
          AND NOT dev.category IN coalesce(rule.excludedCategories, [])
          AND (size(coalesce(rule.uses, [])) = 0 OR dev.use IS NULL OR dev.use IN rule.uses)
        WITH %s ORDER BY d.code, d.id
      """;

  /**
   * The requirements of document {@code d} coverage counts (all but the informative ones, in their
   * order), each with its properties and {@code up}, the refs of the requirements above it; %s adds
   * to each what else it carries.
   */
  private static final String DOCUMENT_REQUIREMENTS =
      """
      COLLECT { MATCH (d)-[:HAS_REQUIREMENT]->(q:Requirement)
                WHERE q.obligation <> 'INFORMATIVE'
                WITH q ORDER BY q.order
                RETURN q {.*, up: [(q)<-[:HAS_PART*1..8]-(p:Requirement) | p.ref]%s} }
      """;

  /**
   * The routes to conformity that document {@code d}'s publisher's or a recognition's mappings
   * give: a PUBLISHER mapping names, at its source, a provision meeting which counts for its
   * target; a RECOGNITION mapping's source is the recognising scheme's criterion and its target the
   * rule whose compliance is accepted.
   */
  private static final String DOCUMENT_ROUTES =
      """
      COLLECT {
        MATCH (d)-[:HAS_REQUIREMENT]->(q:Requirement)<-[m:MAPS_TO {madeBy: 'PUBLISHER'}]-(o:Requirement)
        RETURN {route: 'DEEMED_COMPLIANCE', forRef: q.ref, provision: o {.*},
                via: [(od:Document)-[:HAS_REQUIREMENT]->(o) | od][0],
                effect: m.effect, effectJa: m.effectJa, url: m.srcUrl} } +
      COLLECT {
        MATCH (d)-[:HAS_REQUIREMENT]->(q:Requirement)-[m:MAPS_TO {madeBy: 'RECOGNITION'}]->(o:Requirement)
        RETURN {route: 'RECOGNITION', forRef: q.ref, provision: o {.*},
                via: [(od:Document)-[:HAS_REQUIREMENT]->(o) | od][0],
                effect: m.effect, effectJa: m.effectJa, url: m.srcUrl} }
      """;

  /**
   * Up to 5 controls outside the device that satisfy requirement {@code q}, for the gap of a NONE
   * row. "Outside" is checked against the device's {@code controls} already read, which costs no
   * database access, where asking the graph whether the device implements each candidate cost half
   * the read's database hits.
   *
   * @param returned what each control is returned as: {@code k} (the node) or {@code k.id}
   */
  private static String knownControls(String returned) {
    return """
        COLLECT { MATCH (q)<-[:SATISFIES]-(k:Control)
                  WHERE NOT k IN controls
                  RETURN %s ORDER BY k.id LIMIT 5 }"""
        .formatted(returned);
  }

  /**
   * What the rules of the markets make apply to the device: {@code markets}, {@code unknown} and
   * {@code applicable}, each applicable document with its requirements (each with its known
   * controls outside the device) and its routes to conformity.
   */
  private static final String COVERAGE_APPLICABLE =
      COVERAGE_MARKETS
          + "CALL (dev, markets, controls) {\n"
          + MATCHING_RULES.formatted("dev, market, via, rule, d")
          + "  RETURN collect({market: market.code, via: via, rule: rule, document: d,\n"
          + "    requirements: "
          + DOCUMENT_REQUIREMENTS.formatted(", known: " + knownControls("k"))
          + ",\n    routes: "
          + DOCUMENT_ROUTES
          + "  }) AS applicable\n}\n";

  /**
   * Coverage of one device. Parameters: {@code deviceId}, {@code jurisdictions} (null for the
   * device's markets). Returns one row ({@code device}, {@code controls}, {@code markets}, {@code
   * unknown}, {@code starts}, {@code edges}, {@code parents}, {@code nodes}, {@code applicable}),
   * or none when the device does not exist: the device's part ({@link #COVERAGE_DEVICE}), the
   * neighbourhood of its controls' claims and the applicable part ({@link #COVERAGE_APPLICABLE}).
   */
  public static String coverage(int maxHops) {
    return COVERAGE_DEVICE
        + """
        CALL (dev) {
          MATCH (dev)-[:IMPLEMENTS]->(c:Control)-[s:SATISFIES]->(r0:Requirement)
          RETURN collect({control: c.id, requirement: r0.id, fulfilment: s.fulfilment}) AS starts,
                 collect(DISTINCT r0) AS firsts
        }
        %s
        %s
        """
            .formatted(neighbourhood(maxHops), PARENTS_AND_NODES)
        + COVERAGE_APPLICABLE
        + """
        RETURN dev AS device, controls, markets, unknown, starts, edges, parents, nodes, documents, applicable
        """;
  }

  /**
   * What a coverage walked in memory ({@link MappingIndex}) needs from the graph, and what tells
   * whether the index may answer: the graph's generation and when it was counted, the device's
   * controls with their SATISFIES edges ({@code claims}: {@code [control id, [[requirement id,
   * fulfilment]]]}), and how many of the reached requirements ({@code $ids}) exist ({@code found}).
   * Which documents apply comes as ids ({@code applicable}: {@code market}, {@code via}, {@code
   * rule}, {@code document}): what depends on a document alone is kept in memory at the index's
   * generation ({@link CoverageParts}, read by {@link #COVERAGE_PARTS} when missing). What depends
   * on the device is read here: {@code known}, {@code [requirement id, [control]]} for each
   * requirement of an applicable document that the device does not cover ({@code $covered}: the ids
   * of those it reaches at PARTIAL or FULL) and some control outside it satisfies. Parameters:
   * {@code deviceId}, {@code jurisdictions}, {@code ids}, {@code covered}. One row, or none when
   * the device does not exist.
   */
  public static final String INDEX_COVERAGE =
      COVERAGE_DEVICE
          + """
          CALL () {
            OPTIONAL MATCH (m:RegintelMeta {key: 'graph'})
            RETURN m.generation AS generation, toString(m.changedAt) AS changedAt
          }
          CALL (controls) {
            UNWIND controls AS c
            RETURN collect([c.id, [(c)-[s:SATISFIES]->(r:Requirement) | [r.id, s.fulfilment]]]) AS claims
          }
          CALL () {
            UNWIND $ids AS id
            MATCH (r:Requirement {id: id})
            RETURN count(DISTINCT id) AS found
          }
          """
          + COVERAGE_MARKETS
          + "CALL (dev, markets) {\n"
          + MATCHING_RULES.formatted("market, via, rule, d")
          + """
            RETURN collect({market: market.code, via: via, rule: rule.id, document: d.id}) AS applicable,
                   collect(DISTINCT d) AS documents
          }
          CALL (documents, controls) {
            UNWIND documents AS d
            MATCH (d)-[:HAS_REQUIREMENT]->(q:Requirement)
            WHERE q.obligation <> 'INFORMATIVE' AND NOT q.id IN $covered
            WITH q, %s AS known
            WHERE size(known) > 0
            RETURN collect([q.id, known]) AS known
          }
          RETURN dev AS device, generation, changedAt, claims, found, markets, unknown, applicable,
                 known
          """
              .formatted(knownControls("k.id"));

  /**
   * What of a coverage depends on the regulations alone, for the rules ({@code $rules}) and
   * documents ({@code $documents}) a coverage found applicable, and the controls ({@code
   * $controls}) it names, that {@link CoverageParts} does not hold yet, with the graph's generation
   * that tells whether they may be kept beside the index: {@code rules} (the rule nodes), {@code
   * documents} ({@code document}, {@code requirements}, {@code routes}, as {@link #coverage}
   * returns them, without known controls) and {@code controls} (those of {@code $controls}). One
   * row.
   */
  public static final String COVERAGE_PARTS =
      """
      CALL () {
        OPTIONAL MATCH (m:RegintelMeta {key: 'graph'})
        RETURN m.generation AS generation, toString(m.changedAt) AS changedAt
      }
      CALL () {
        UNWIND $rules AS id
        MATCH (rule:ApplicabilityRule {id: id})
        RETURN collect(rule) AS rules
      }
      CALL () {
        UNWIND $documents AS id
        MATCH (d:Document {id: id})
        RETURN collect({document: d, requirements: %s, routes: %s}) AS documents
      }
      CALL () {
        UNWIND $controls AS id
        MATCH (c:Control {id: id})
        RETURN collect(c) AS controls
      }
      RETURN generation, changedAt, rules, documents, controls
      """
          .formatted(DOCUMENT_REQUIREMENTS.formatted("").strip(), DOCUMENT_ROUTES.strip());

  /**
   * Every control that reaches one requirement. Parameters: {@code requirementId}. Returns one row
   * ({@code requirement}, {@code starts}: the SATISFIES edges into the requirements within reach,
   * {@code edges}, {@code ids}: {@code [internal id, id]} of the reached requirements, {@code
   * controls}, {@code devices}), or none when the requirement does not exist.
   */
  public static String reverse(int maxHops) {
    return """
        MATCH (t:Requirement {id: $requirementId})
        WITH t, [t] AS firsts
        %s
        CALL (reached) {
          UNWIND reached AS a
          MATCH (a)<-[s:SATISFIES]-(c:Control)
          RETURN collect({control: c.id, requirement: a.id, fulfilment: s.fulfilment}) AS starts,
                 collect(DISTINCT c) AS controls
        }
        CALL (controls) {
          UNWIND controls AS c
          OPTIONAL MATCH (c)<-[:IMPLEMENTS]-(d:Device)
          RETURN collect({control: c.id, device: d}) AS devices
        }
        RETURN t AS requirement, starts, edges, [n IN reached | [id(n), n.id]] AS ids, controls, devices
        """
        .formatted(neighbourhood(maxHops));
  }

  static int checked(int maxHops) {
    if (maxHops < 0 || maxHops > MAX_HOPS) {
      throw new IllegalArgumentException(
          "maxHops must be between 0 and " + MAX_HOPS + ", not " + maxHops);
    }
    return maxHops;
  }
}
