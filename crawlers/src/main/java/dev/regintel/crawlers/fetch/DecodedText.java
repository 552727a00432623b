package dev.regintel.crawlers.fetch;

import dev.regintel.crawlers.Fetched;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A fetched body as text, with the charset it was decoded with and, when the bytes or their label
 * could not be trusted, a warning saying what was done instead. Decoding never throws.
 *
 * <p>The charset is chosen as browsers do: a byte-order mark wins (UTF-8, UTF-16BE, UTF-16LE; it is
 * removed from the text), then the Content-Type {@code charset} parameter, then the caller's
 * default. An unknown label, or bytes that are not valid in the labelled charset, fall back to the
 * default; when even that fails, malformed bytes become U+FFFD.
 *
 * @param text the decoded text, without any byte-order mark
 * @param charset the charset used
 * @param warning what went wrong with the declared encoding, if anything
 */
public record DecodedText(String text, Charset charset, Optional<String> warning) {

  private static final byte[] UTF_8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final byte[] UTF_16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
  private static final byte[] UTF_16LE_BOM = {(byte) 0xFF, (byte) 0xFE};

  public DecodedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(warning, "warning");
  }

  /** Decodes a fetched resource's body with its Content-Type. */
  public static DecodedText of(Fetched fetched, Charset fallback) {
    return decode(fetched.body(), fetched.contentType(), fallback);
  }

  /**
   * Decodes {@code bytes}.
   *
   * @param contentType the Content-Type header, or null
   * @param fallback the charset when neither a byte-order mark nor the header names a usable one
   */
  public static DecodedText decode(byte[] bytes, String contentType, Charset fallback) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(fallback, "fallback");
    if (startsWith(bytes, UTF_8_BOM)) {
      return fromBom(bytes, UTF_8_BOM.length, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, UTF_16BE_BOM)) {
      return fromBom(bytes, UTF_16BE_BOM.length, StandardCharsets.UTF_16BE);
    }
    if (startsWith(bytes, UTF_16LE_BOM)) {
      return fromBom(bytes, UTF_16LE_BOM.length, StandardCharsets.UTF_16LE);
    }
    Optional<String> label = charsetLabel(contentType);
    if (label.isEmpty()) {
      return strictOrReplaced(bytes, fallback, Optional.empty());
    }
    Charset declared;
    try {
      declared = Charset.forName(label.get());
    } catch (IllegalArgumentException e) {
      return strictOrReplaced(
          bytes,
          fallback,
          Optional.of("unknown charset label '" + label.get() + "'; decoded as " + fallback));
    }
    Optional<String> strict = strict(bytes, 0, declared);
    if (strict.isPresent()) {
      return new DecodedText(strict.get(), declared, Optional.empty());
    }
    if (!declared.equals(fallback)) {
      Optional<String> asFallback = strict(bytes, 0, fallback);
      if (asFallback.isPresent()) {
        return new DecodedText(
            asFallback.get(),
            fallback,
            Optional.of(
                "bytes are not valid " + declared + " as labelled; decoded as " + fallback));
      }
    }
    return replaced(bytes, 0, declared, "labelled " + declared);
  }

  /** The {@code charset} parameter of a Content-Type header, unquoted. */
  static Optional<String> charsetLabel(String contentType) {
    if (contentType == null) {
      return Optional.empty();
    }
    for (String parameter : contentType.split(";")) {
      String[] nameValue = parameter.split("=", 2);
      if (nameValue.length == 2 && nameValue[0].trim().toLowerCase(Locale.ROOT).equals("charset")) {
        String value = nameValue[1].trim();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1).trim();
        }
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
      }
    }
    return Optional.empty();
  }

  private static DecodedText fromBom(byte[] bytes, int offset, Charset charset) {
    Optional<String> strict = strict(bytes, offset, charset);
    return strict
        .map(text -> new DecodedText(text, charset, Optional.empty()))
        .orElseGet(() -> replaced(bytes, offset, charset, "byte-order mark says " + charset));
  }

  private static DecodedText strictOrReplaced(
      byte[] bytes, Charset charset, Optional<String> warning) {
    Optional<String> strict = strict(bytes, 0, charset);
    if (strict.isPresent()) {
      return new DecodedText(strict.get(), charset, warning);
    }
    DecodedText replaced = replaced(bytes, 0, charset, "decoded as " + charset);
    return warning.isEmpty()
        ? replaced
        : new DecodedText(
            replaced.text(), charset, Optional.of(warning.get() + "; " + replaced.warning().get()));
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

  private static DecodedText replaced(byte[] bytes, int offset, Charset charset, String why) {
    String text = new String(bytes, offset, bytes.length - offset, charset);
    return new DecodedText(
        text, charset, Optional.of(why + ", but some bytes were malformed; replaced with U+FFFD"));
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
