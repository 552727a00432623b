package dev.regintel.ontology;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where a fact was read and how it entered the graph. Every node and relationship of the domain
 * carries one (the bookkeeping nodes {@link Label#CrawlRun}, {@link Label#FetchCache} and {@link
 * Label#RegintelMeta} do not), flattened into the properties named by the {@code *_KEY} constants.
 *
 * @param url the page, feed entry or file the fact was read from
 * @param retrieved when it was read, if known
 * @param method how it entered the graph
 * @param sha256 hash of the fetched bytes, where it came from a fetch
 */
public record Provenance(String url, Instant retrieved, Method method, String sha256) {

  public static final String URL_KEY = "srcUrl";
  public static final String RETRIEVED_KEY = "srcRetrieved";
  public static final String METHOD_KEY = "srcMethod";
  public static final String SHA256_KEY = "srcSha256";

  public Provenance {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(method, "method");
    if (url.isBlank()) {
      throw new IllegalArgumentException("provenance url must not be blank");
    }
    if (sha256 != null && !sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("sha256 must be 64 lowercase hex digits: " + sha256);
    }
  }

  /** A curated seed fact read at {@code url}. */
  public static Provenance seed(String url) {
    return new Provenance(url, null, Method.SEED, null);
  }

  /** The properties to store on a node or relationship; absent values are left out. */
  public Map<String, Object> toProperties() {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(URL_KEY, url);
    properties.put(METHOD_KEY, method.name());
    if (retrieved != null) {
      properties.put(RETRIEVED_KEY, retrieved.toString());
    }
    if (sha256 != null) {
      properties.put(SHA256_KEY, sha256);
    }
    return properties;
  }
}
