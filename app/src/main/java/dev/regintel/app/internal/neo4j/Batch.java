package dev.regintel.app.internal.neo4j;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Record;

/**
 * One query for a whole batch of GraphQL sources: the Cypher gets the sources' ids as {@code $ids}
 * and returns a column {@code id} naming the source each row belongs to. This is what keeps nested
 * fields free of N+1 round trips.
 */
public final class Batch {

  private final Graph graph;

  public Batch(Graph graph) {
    this.graph = graph;
  }

  /** Each source's rows, in query order; sources without rows get an empty list. */
  public <S, T> Map<S, List<T>> many(
      Collection<S> sources, Function<S, String> id, String cypher, Function<Record, T> mapper) {
    Map<String, List<S>> byId = index(sources, id);
    Map<S, List<T>> out = new LinkedHashMap<>();
    sources.forEach(s -> out.put(s, new java.util.ArrayList<>()));
    for (Record row : graph.read(cypher, Map.of("ids", List.copyOf(byId.keySet())))) {
      T value = mapper.apply(row);
      for (S source : byId.getOrDefault(row.get("id").asString(), List.of())) {
        out.get(source).add(value);
      }
    }
    return out;
  }

  /** Each source's single row; sources without a row are left out (GraphQL null). */
  public <S, T> Map<S, T> one(
      Collection<S> sources, Function<S, String> id, String cypher, Function<Record, T> mapper) {
    Map<String, List<S>> byId = index(sources, id);
    Map<S, T> out = new HashMap<>();
    for (Record row : graph.read(cypher, Map.of("ids", List.copyOf(byId.keySet())))) {
      T value = mapper.apply(row);
      for (S source : byId.getOrDefault(row.get("id").asString(), List.of())) {
        out.putIfAbsent(source, value);
      }
    }
    return out;
  }

  private static <S> Map<String, List<S>> index(Collection<S> sources, Function<S, String> id) {
    Map<String, List<S>> byId = new LinkedHashMap<>();
    sources.forEach(
        s -> byId.computeIfAbsent(id.apply(s), k -> new java.util.ArrayList<>()).add(s));
    return byId;
  }
}
