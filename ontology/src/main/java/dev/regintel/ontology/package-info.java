/**
 * The regintel domain vocabulary: node labels ({@link dev.regintel.ontology.Label}), relationship
 * types ({@link dev.regintel.ontology.RelType}), the value sets of their properties (document kinds
 * and statuses, obligations, fulfilment, mapping relations and rationales, methods, change kinds,
 * date precisions, applicability scopes, control categories, crawl stages), identifiers, provenance
 * and the NIST IR 8477 set-theory relation algebra. The graph schema (constraints and indexes)
 * lives beside it as versioned Cypher migrations under {@code neo4j/migrations}.
 *
 * <p>This is the one vocabulary: the seed schema, the GraphQL schema and every Cypher statement use
 * these names, and tests in the app fail when they do not. This module depends on no other regintel
 * module and on no third-party library, so every other module can speak its language. See {@code
 * docs/ontology.md}.
 */
package dev.regintel.ontology;
