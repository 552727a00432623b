/**
 * Trace and coverage: from a control to every requirement it fulfils, through typed mappings, with
 * fulfilment composed by the ontology's algebra and the path that explains each answer; the reverse
 * (every control and device that reaches a requirement); and, for a device and its markets, which
 * documents apply and where the gaps are. Each request is one Cypher query (one Bolt round trip);
 * the choice of best paths and the parent rule run in {@link dev.regintel.app.trace.TraceEngine}.
 */
package dev.regintel.app.trace;
