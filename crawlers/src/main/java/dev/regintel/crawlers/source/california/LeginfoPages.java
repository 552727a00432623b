package dev.regintel.crawlers.source.california;

import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.source.HtmlPages;
import dev.regintel.ontology.Method;
import dev.regintel.ontology.Provenance;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jsoup.nodes.Document;

/**
 * Decoding and addressing of leginfo's JSF pages. Pages are decoded by {@link HtmlPages}, which
 * reads bytes that are not UTF-8 as windows-1252: statute text is full of section signs and curly
 * quotes, and a page saved or proxied in windows-1252 would otherwise lose every one of them.
 */
final class LeginfoPages {

  private LeginfoPages() {}

  static Document parse(Fetched fetched) {
    return HtmlPages.parse(fetched);
  }

  /** A query parameter's decoded value, e.g. {@code bill_id}, {@code lawCode}. */
  static Optional<String> parameter(URI url, String name) {
    String query = url.getRawQuery();
    if (query == null) {
      return Optional.empty();
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals(name)) {
        String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8).strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
      }
    }
    return Optional.empty();
  }

  static Provenance provenance(Fetched fetched) {
    return new Provenance(
        fetched.url().toString(), fetched.retrieved(), Method.CRAWL, fetched.sha256());
  }
}
