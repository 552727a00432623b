package dev.regintel.app.write;

import dev.regintel.app.internal.neo4j.Graph;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Published after a write (a seed load, a crawl) changed the graph, with the graph's new generation
 * number. Whatever is derived from the graph (the search index) compares generations to know it is
 * stale.
 */
public record GraphChanged(long generation) {

  /** Counts one more generation of the graph and tells the application about it. */
  public static GraphChanged announce(Graph graph, ApplicationEventPublisher events) {
    GraphChanged event = new GraphChanged(count(graph));
    events.publishEvent(event);
    return event;
  }

  /**
   * Counts one more generation of the graph without telling this process: what is derived from it
   * catches up when it next compares generations (the search poller, within its interval), so the
   * write that called this does not wait for a rebuild.
   */
  public static long count(Graph graph) {
    return graph.write(
        tx ->
            tx.list(
                    """
                    MERGE (g:RegintelMeta {key: 'graph'})
                    SET g.generation = coalesce(g.generation, 0) + 1, g.changedAt = datetime()
                    RETURN g.generation AS generation""",
                    Map.of())
                .getFirst()
                .get("generation")
                .asLong());
  }
}
