package dev.regintel.bench;

import java.net.URI;

/**
 * A running service a benchmark times: where it serves GraphQL, its count of the Cypher statements
 * it has sent, and its gauges. {@link ServiceProcess} is one; a test's in-process app is another.
 */
interface Served {

  /** The GraphQL endpoint. */
  URI endpoint();

  /** Cypher statements the service has sent to Neo4j since it started. */
  long roundTrips();

  /** The value of one of the service's gauges (such as {@code regintel.trace.index.generation}). */
  double gauge(String name);
}
