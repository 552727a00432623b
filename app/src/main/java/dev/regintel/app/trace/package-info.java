/**
 * Trace and coverage: from a control to every requirement it fulfils, through typed mappings, with
 * fulfilment composed by the ontology's algebra and the path that explains each answer; the reverse
 * (every control and device that reaches a requirement); and, for a device and its markets, which
 * documents apply and where the gaps are. Reverse trace and coverage are one Cypher query each (one
 * Bolt round trip); trace walks the in-memory {@link dev.regintel.app.trace.MappingIndex} and sends
 * one read, or one Cypher query when the index cannot answer for certain. The choice of best paths
 * and the parent rule run in {@link dev.regintel.app.trace.TraceEngine}.
 */
package dev.regintel.app.trace;
