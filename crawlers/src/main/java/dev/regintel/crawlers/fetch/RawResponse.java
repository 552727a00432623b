package dev.regintel.crawlers.fetch;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Optional;

/**
 * One HTTP exchange's result, before the fetcher interprets it.
 *
 * @param uri the URL requested
 * @param status the status code
 * @param headers the response headers
 * @param body the body (bounded; error bodies are truncated)
 */
record RawResponse(URI uri, int status, HttpHeaders headers, byte[] body) {

  boolean isRedirect() {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  /** The Location header resolved against the request URL; empty when absent or malformed. */
  Optional<URI> location() {
    try {
      return headers.firstValue("Location").map(String::trim).map(uri::resolve);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
