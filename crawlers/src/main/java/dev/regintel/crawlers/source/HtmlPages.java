package dev.regintel.crawlers.source;

import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.fetch.DecodedText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Parses a fetched HTML page. The bytes are decoded by the crawlers' one charset rule ({@link
 * DecodedText}: byte-order mark, the page's own declaration, the Content-Type header, then
 * detection), and jsoup parses the text, so it never guesses a charset of its own.
 */
public final class HtmlPages {

  private HtmlPages() {}

  public static Document parse(Fetched fetched) {
    return Jsoup.parse(DecodedText.of(fetched).text(), fetched.url().toString());
  }
}
