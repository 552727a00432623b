/**
 * The regintel domain vocabulary: node labels, relationship types, identifiers, provenance and the
 * NIST IR 8477 set-theory relation algebra. The graph schema (constraints and indexes) lives beside
 * it as versioned Cypher migrations under {@code neo4j/migrations}.
 *
 * <p>This module depends on no other regintel module and on no third-party library, so every other
 * module can speak its language. See {@code docs/ontology.md}.
 */
package dev.regintel.ontology;
