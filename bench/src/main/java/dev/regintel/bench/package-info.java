/**
 * The benchmarks ({@code regintel bench trace}, {@code regintel bench search}): a deterministic
 * synthetic graph of regulations, mappings, controls and devices at any scale, with English and
 * Japanese text made of the glossary's terms ({@link dev.regintel.bench.SyntheticGraph}), loaded
 * through the app's own {@code Graph} into a fresh embedded Neo4j, then timed over HTTP against the
 * running GraphQL API: trace and coverage, and the same trace as Cypher sent straight through the
 * driver ({@link dev.regintel.bench.TraceBenchmark}); or the search index's build and a fixed mix
 * of searches ({@link dev.regintel.bench.SearchBenchmark}). Nothing here is used by the service
 * itself.
 */
package dev.regintel.bench;
