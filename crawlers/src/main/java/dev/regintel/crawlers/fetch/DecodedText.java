package dev.regintel.crawlers.fetch;

import dev.regintel.crawlers.Fetched;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fetched body as text, decoded by the one charset rule every parser follows (HTML, XML, JSON and
 * plain text alike). The first of these that names a charset the bytes are valid in wins:
 *
 * <ol>
 *   <li>a byte-order mark (UTF-8, UTF-16BE, UTF-16LE), removed from the text; it wins even over
 *       bytes it does not fit, which are then replaced;
 *   <li>the document's own declaration, in its first {@value #PRESCAN_BYTES} bytes: an XML
 *       declaration's {@code encoding} (also when written in UTF-16 without a byte-order mark), or
 *       a {@code <meta charset>} or {@code <meta http-equiv="Content-Type" content="...;
 *       charset=...">}; a declaration of UTF-16 or UTF-32 read from ASCII bytes means UTF-8, as in
 *       browsers. JSON has no declaration: the format itself says UTF-8 (RFC 8259), see {@link
 *       #json};
 *   <li>the Content-Type header's {@code charset} parameter;
 *   <li>detection: UTF-8 when the bytes are valid UTF-8, otherwise windows-1252 (a superset of
 *       ISO-8859-1, the legacy encoding of undeclared pages on the sites we read); bytes that even
 *       windows-1252 leaves undefined become U+FFFD.
 * </ol>
 *
 * <p>A declaration or header naming a charset Java does not know, or one the bytes are not valid
 * in, is passed over for the next step, and the warning says so. The document's declaration comes
 * before the header because a wrong header (a server default, a proxy's) is the commoner fault on
 * the sites we read, and the author of the document knows its bytes. Decoding never throws.
 *
 * @param text the decoded text, without any byte-order mark
 * @param charset the charset used
 * @param basis which step of the rule chose it
 * @param warning what was passed over or replaced, if anything
 */
public record DecodedText(String text, Charset charset, Basis basis, Optional<String> warning) {

  /** The step of the rule that chose the charset. */
  public enum Basis {
    BYTE_ORDER_MARK,
    DOCUMENT,
    HEADER,
    DETECTED
  }

  /** How much of the body is searched for the document's declaration. */
  static final int PRESCAN_BYTES = 2048;

  private static final Logger log = LoggerFactory.getLogger(DecodedText.class);
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final Pattern XML_DECLARATION =
      Pattern.compile("\\A\\s*<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([\\w.:-]+)");
  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)");
  private static final Pattern HEADER_CHARSET =
      Pattern.compile("(?i)(?:^|;)\\s*charset\\s*=\\s*(?:\"\\s*([^\"]*?)\\s*\"|([^;\\s]+))");

  public DecodedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(warning, "warning");
  }

  /** A fetched HTML, XML or text body, decoded by the rule; what it had to pass over is logged. */
  public static DecodedText of(Fetched fetched) {
    return logged(fetched, decode(fetched.body(), fetched.contentType()));
  }

  /**
   * A fetched JSON body, decoded by the rule with UTF-8 as the document's declaration: JSON has no
   * way to declare a charset and RFC 8259 makes it UTF-8, so the header counts only for bytes that
   * are not UTF-8.
   */
  public static DecodedText json(Fetched fetched) {
    byte[] bytes = fetched.body();
    return logged(
        fetched,
        byteOrderMark(bytes)
            .orElseGet(
                () ->
                    decode(bytes, Optional.of("UTF-8"), "JSON (RFC 8259)", fetched.contentType())));
  }

  /**
   * Decodes an HTML, XML or text body by the rule.
   *
   * @param contentType the Content-Type header, or null
   */
  public static DecodedText decode(byte[] bytes, String contentType) {
    Objects.requireNonNull(bytes, "bytes");
    return byteOrderMark(bytes)
        .orElseGet(() -> decode(bytes, declaration(bytes), "the document", contentType));
  }

  /** The length of the byte-order mark {@code bytes} begin with: 3 (UTF-8), 2 (UTF-16) or 0. */
  public static int byteOrderMarkLength(byte[] bytes) {
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xef
        && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf) {
      return 3;
    }
    return utf16ByteOrder(bytes) != null ? 2 : 0;
  }

  private static Charset utf16ByteOrder(byte[] bytes) {
    if (bytes.length < 2) {
      return null;
    }
    int first = bytes[0] & 0xff;
    int second = bytes[1] & 0xff;
    if (first == 0xfe && second == 0xff) {
      return StandardCharsets.UTF_16BE;
    }
    return first == 0xff && second == 0xfe ? StandardCharsets.UTF_16LE : null;
  }

  /** Step 1: the text after a byte-order mark, or empty when there is none. */
  private static Optional<DecodedText> byteOrderMark(byte[] bytes) {
    int length = byteOrderMarkLength(bytes);
    if (length == 0) {
      return Optional.empty();
    }
    Charset charset = length == 3 ? StandardCharsets.UTF_8 : utf16ByteOrder(bytes);
    return Optional.of(
        strict(bytes, length, charset)
            .map(text -> new DecodedText(text, charset, Basis.BYTE_ORDER_MARK, Optional.empty()))
            .orElseGet(
                () ->
                    replaced(
                        bytes,
                        length,
                        charset,
                        Basis.BYTE_ORDER_MARK,
                        List.of("the byte-order mark says " + charset))));
  }

  /** Steps 2 to 4, after a body without a byte-order mark. */
  private static DecodedText decode(
      byte[] bytes, Optional<String> declared, String declarer, String contentType) {
    List<String> passedOver = new ArrayList<>();
    Optional<DecodedText> chosen =
        labelled(bytes, declared, Basis.DOCUMENT, declarer, passedOver)
            .or(
                () ->
                    labelled(
                        bytes, headerCharset(contentType), Basis.HEADER, "the header", passedOver));
    return chosen.orElseGet(() -> detected(bytes, passedOver));
  }

  private static Optional<DecodedText> labelled(
      byte[] bytes, Optional<String> label, Basis basis, String who, List<String> passedOver) {
    if (label.isEmpty()) {
      return Optional.empty();
    }
    Charset charset = charset(label.get());
    if (charset == null) {
      passedOver.add(who + " names the unknown charset '" + label.get() + "'");
      return Optional.empty();
    }
    Optional<String> text = strict(bytes, 0, charset);
    if (text.isEmpty()) {
      passedOver.add("the bytes are not valid " + charset + " as " + who + " says");
      return Optional.empty();
    }
    return Optional.of(new DecodedText(text.get(), charset, basis, warning(passedOver)));
  }

  /** Step 4. */
  private static DecodedText detected(byte[] bytes, List<String> passedOver) {
    Optional<String> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
    if (utf8.isPresent()) {
      return new DecodedText(
          utf8.get(), StandardCharsets.UTF_8, Basis.DETECTED, warning(passedOver));
    }
    passedOver.add("not UTF-8, read as windows-1252");
    return strict(bytes, 0, WINDOWS_1252)
        .map(text -> new DecodedText(text, WINDOWS_1252, Basis.DETECTED, warning(passedOver)))
        .orElseGet(() -> replaced(bytes, 0, WINDOWS_1252, Basis.DETECTED, passedOver));
  }

  /** The charset a label names, or null when Java knows none by that name. */
  private static Charset charset(String label) {
    try {
      return Charset.forName(label.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Step 2: the charset the document declares in its first bytes. */
  static Optional<String> declaration(byte[] bytes) {
    int length = Math.min(bytes.length, PRESCAN_BYTES);
    String head = new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
    Matcher xml = XML_DECLARATION.matcher(head);
    if (xml.find()) {
      return Optional.of(asciiCompatible(xml.group(1)));
    }
    // An XML declaration in UTF-16 without a byte-order mark (XML 1.0, appendix F).
    if (length >= 4 && bytes[0] == 0 && bytes[1] == '<' && bytes[2] == 0 && bytes[3] == '?') {
      return Optional.of("UTF-16BE");
    }
    if (length >= 4 && bytes[0] == '<' && bytes[1] == 0 && bytes[2] == '?' && bytes[3] == 0) {
      return Optional.of("UTF-16LE");
    }
    Matcher meta = META_CHARSET.matcher(head);
    return meta.find() ? Optional.of(asciiCompatible(meta.group(1))) : Optional.empty();
  }

  /**
   * A declaration read as ASCII that names UTF-16 or UTF-32 cannot be true (those would not show it
   * as ASCII), so it means UTF-8, as in browsers.
   */
  private static String asciiCompatible(String label) {
    String name = label.toUpperCase(Locale.ROOT);
    return name.startsWith("UTF-16") || name.startsWith("UTF-32") ? "UTF-8" : label;
  }

  /** Step 3: the {@code charset} parameter of a Content-Type header, unquoted. */
  static Optional<String> headerCharset(String contentType) {
    if (contentType == null) {
      return Optional.empty();
    }
    Matcher m = HEADER_CHARSET.matcher(contentType);
    if (!m.find()) {
      return Optional.empty();
    }
    String value = m.group(1) != null ? m.group(1) : m.group(2);
    return value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
    try {
      return Optional.of(
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static DecodedText replaced(
      byte[] bytes, int offset, Charset charset, Basis basis, List<String> why) {
    List<String> warnings = new ArrayList<>(why);
    warnings.add("bytes not valid in " + charset + " were replaced with U+FFFD");
    return new DecodedText(
        new String(bytes, offset, bytes.length - offset, charset),
        charset,
        basis,
        warning(warnings));
  }

  private static Optional<String> warning(List<String> warnings) {
    return warnings.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", warnings));
  }

  private static DecodedText logged(Fetched fetched, DecodedText decoded) {
    decoded
        .warning()
        .ifPresent(w -> log.warn("{} decoded as {}: {}", fetched.url(), decoded.charset(), w));
    return decoded;
  }
}
