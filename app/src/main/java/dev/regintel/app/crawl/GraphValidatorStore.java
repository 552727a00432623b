package dev.regintel.app.crawl;

import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.crawlers.fetch.ValidatorStore;
import dev.regintel.crawlers.fetch.Validators;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.neo4j.driver.Record;

/**
 * Keeps the fetcher's cache validators in the graph ({@code :FetchCache {url, etag,
 * lastModified}}), so they live and die with the data they describe: a new or wiped graph has none,
 * and its first crawl fetches everything in full instead of being told "not modified" about
 * resources it never stored. Read once when made; every change is written through.
 */
final class GraphValidatorStore implements ValidatorStore {

  private final Graph graph;
  private final Map<URI, Validators> cache = new ConcurrentHashMap<>();

  GraphValidatorStore(Graph graph) {
    this.graph = graph;
    for (Record r :
        graph.read(
            "MATCH (f:FetchCache) RETURN f.url AS url, f.etag AS etag, f.lastModified AS lm",
            Map.of())) {
      cache.put(
          URI.create(r.get("url").asString()),
          new Validators(r.get("etag").asString(null), r.get("lm").asString(null)));
    }
  }

  @Override
  public Optional<Validators> get(URI url) {
    return Optional.ofNullable(cache.get(url));
  }

  @Override
  public void put(URI url, Validators validators) {
    if (validators.equals(cache.put(url, validators))) {
      return;
    }
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("url", url.toString());
    parameters.put("etag", validators.etag());
    parameters.put("lm", validators.lastModified());
    graph.write(
        tx ->
            tx.run(
                "MERGE (f:FetchCache {url: $url}) SET f.etag = $etag, f.lastModified = $lm",
                parameters));
  }

  @Override
  public void remove(URI url) {
    if (cache.remove(url) != null) {
      graph.write(
          tx -> tx.run("MATCH (f:FetchCache {url: $url}) DELETE f", Map.of("url", url.toString())));
    }
  }
}
