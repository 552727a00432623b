package dev.regintel.app.internal.neo4j;

import dev.regintel.app.internal.RegintelException;

/**
 * Neo4j cannot be reached (stopped, restarting, network down) after the driver's retries. The
 * request fails with a message saying so; the driver reconnects on its own once the server is back,
 * so the next request may succeed.
 */
public class GraphUnavailableException extends RegintelException {

  public GraphUnavailableException(Throwable cause) {
    super(
        "The graph database is unavailable: "
            + cause.getMessage()
            + " Try again once it is back; /actuator/health reports DOWN until then.",
        cause);
  }
}
