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
 * When that gives UTF-8 but the bytes are not UTF-8 at all, they are read as windows-1252 (a
 * superset of ISO-8859-1), the legacy encoding undeclared pages on these sites are written in:
 * otherwise every section sign, curly quote and accented letter would be lost.
 */
public final class HtmlPages {

  private static final Pattern DECLARED =
      Pattern.compile(
          "(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)|<\\?xml[^>]+encoding\\s*=\\s*[\"']([\\w.:-]+)");
  private static final Pattern HEADER = Pattern.compile("(?i)charset\\s*=\\s*\"?([\\w.:-]+)");
  private static final int PRESCAN_BYTES = 2048;

  private HtmlPages() {}

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(HtmlPages.class);
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  public static Document parse(Fetched fetched) {
    byte[] body = fetched.body();
    Charset charset = charsetOf(fetched);
    if (charset.equals(StandardCharsets.UTF_8) && !isUtf8(body)) {
      log.warn("{} is not UTF-8 as declared or assumed; read as windows-1252", fetched.url());
      charset = WINDOWS_1252;
    }
    try {
      return Jsoup.parse(new ByteArrayInputStream(body), charset.name(), fetched.url().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen: the bytes are in memory
    }
  }

  public static Charset charsetOf(Fetched fetched) {
    byte[] body = fetched.body();
    if (JsonBodies.hasUtf8Bom(body)) {
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

  /** Whether {@code body} is well-formed UTF-8 (a byte-order mark included). */
  public static boolean isUtf8(byte[] body) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(body));
      return true;
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }

  private static Charset supported(String name) {
    try {
      return Charset.isSupported(name) ? Charset.forName(name) : null;
    } catch (IllegalCharsetNameException e) {
      return null;
    }
  }
}
