package dev.regintel.crawlers.source;

import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.ParseException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON answers as every JSON source reads them: UTF-8 whatever the Content-Type says (RFC 8259), a
 * UTF-8 byte-order mark (which some servers prepend) skipped, and a malformed body or one that is
 * not an object reported as a {@link ParseException} naming the URL and, where the parser knows it,
 * the line and column.
 */
public final class JsonBodies {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private JsonBodies() {}

  /** Whether the bytes begin with the UTF-8 byte-order mark. */
  public static boolean hasUtf8Bom(byte[] body) {
    return body.length >= 3
        && (body[0] & 0xff) == 0xef
        && (body[1] & 0xff) == 0xbb
        && (body[2] & 0xff) == 0xbf;
  }

  /** The body as a JSON object, after any byte-order mark. */
  public static JsonNode object(Fetched fetched) {
    return object(fetched, hasUtf8Bom(fetched.body()) ? 3 : 0);
  }

  /** The body from byte {@code start} on, as a JSON object. */
  public static JsonNode object(Fetched fetched, int start) {
    byte[] body = fetched.body();
    JsonNode root;
    try {
      root = JSON.readTree(body, start, body.length - start);
    } catch (JacksonException e) {
      var at = e.getLocation();
      throw new ParseException(
          "malformed JSON in "
              + fetched.url()
              + ": "
              + e.getOriginalMessage()
              + (at == null
                  ? ""
                  : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"),
          e);
    }
    if (root == null || !root.isObject()) {
      throw new ParseException("not a JSON object: " + fetched.url());
    }
    return root;
  }

  /**
   * A string field with surrounding white space removed, or null when absent, blank or no string.
   */
  public static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isString() && !value.stringValue().isBlank() ? value.stringValue().strip() : null;
  }
}
