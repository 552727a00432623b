/**
 * The trace and coverage benchmark ({@code regintel bench trace}): a deterministic synthetic graph
 * of regulations, mappings, controls and devices at any scale ({@link
 * dev.regintel.app.bench.SyntheticGraph}), loaded through the app's own {@code Graph} into a fresh
 * embedded Neo4j, then timed over HTTP against the running GraphQL API and against the same Cypher
 * sent straight through the driver ({@link dev.regintel.app.bench.TraceBenchmark}). Nothing here is
 * used by the service itself.
 */
package dev.regintel.app.bench;
