package dev.regintel.crawlers.source;

import dev.regintel.crawlers.Fetched;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Decodes a fetched HTML page. The charset is taken from, in order: a byte-order mark, the page's
 * own declaration ({@code <meta charset>} or an XML declaration), the Content-Type header, and
 * UTF-8. The page's own declaration wins over the header because a wrong header (a proxy's or a
 * server default) is the commoner fault on the sites we read, and the page author knows the bytes.
 */
public final class HtmlPages {

  private static final Pattern DECLARED =
      Pattern.compile(
          "(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)|<\\?xml[^>]+encoding\\s*=\\s*[\"']([\\w.:-]+)");
  private static final Pattern HEADER = Pattern.compile("(?i)charset\\s*=\\s*\"?([\\w.:-]+)");
  private static final int PRESCAN_BYTES = 2048;

  private HtmlPages() {}

  public static Document parse(Fetched fetched) {
    byte[] body = fetched.body();
    try {
      return Jsoup.parse(
          new ByteArrayInputStream(body), charsetOf(fetched).name(), fetched.url().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen: the bytes are in memory
    }
  }

  public static Charset charsetOf(Fetched fetched) {
    byte[] body = fetched.body();
    if (body.length >= 3
        && (body[0] & 0xff) == 0xef
        && (body[1] & 0xff) == 0xbb
        && (body[2] & 0xff) == 0xbf) {
      return StandardCharsets.UTF_8;
    }
    String head =
        new String(body, 0, Math.min(body.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher declared = DECLARED.matcher(head);
    if (declared.find()) {
      Charset charset =
          supported(declared.group(1) != null ? declared.group(1) : declared.group(2));
      if (charset != null) {
        return charset;
      }
    }
    if (fetched.contentType() != null) {
      Matcher header = HEADER.matcher(fetched.contentType());
      if (header.find()) {
        Charset charset = supported(header.group(1));
        if (charset != null) {
          return charset;
        }
      }
    }
    return StandardCharsets.UTF_8;
  }

  private static Charset supported(String name) {
    try {
      return Charset.isSupported(name) ? Charset.forName(name) : null;
    } catch (IllegalCharsetNameException e) {
      return null;
    }
  }
}
