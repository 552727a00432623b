/**
 * Trace and coverage: from a control to every requirement it fulfils, through typed mappings, with
 * fulfilment composed by the ontology's algebra and the path that explains each answer; the reverse
 * (every control and device that reaches a requirement); and, for a device and its markets, which
 * documents apply and where the gaps are. Reverse trace is one Cypher query (one Bolt round trip);
 * trace and coverage walk the in-memory {@link dev.regintel.app.trace.MappingIndex} and send one
 * read, or one Cypher query when the index cannot answer for certain. The choice of best paths and
 * the parent rule run in {@link dev.regintel.app.trace.TraceEngine}.
 */
package dev.regintel.app.trace;
