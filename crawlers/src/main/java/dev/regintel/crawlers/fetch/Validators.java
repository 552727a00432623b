package dev.regintel.crawlers.fetch;

import java.net.http.HttpHeaders;
import java.util.Optional;

/**
 * The cache validators a server sent with a resource, replayed as {@code If-None-Match} and {@code
 * If-Modified-Since} on the next request.
 *
 * @param etag the {@code ETag} header exactly as sent (quotes and {@code W/} included), or null
 * @param lastModified the {@code Last-Modified} header exactly as sent, or null
 */
public record Validators(String etag, String lastModified) {

  /** The validators in a response's headers, if it has any. */
  public static Optional<Validators> from(HttpHeaders headers) {
    String etag = headers.firstValue("ETag").orElse(null);
    String lastModified = headers.firstValue("Last-Modified").orElse(null);
    return etag == null && lastModified == null
        ? Optional.empty()
        : Optional.of(new Validators(etag, lastModified));
  }
}
