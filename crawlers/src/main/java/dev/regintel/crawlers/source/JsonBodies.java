package dev.regintel.crawlers.source;

import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.ParseException;
import dev.regintel.crawlers.fetch.DecodedText;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON answers as every JSON source reads them: decoded by the crawlers' one charset rule for JSON
 * ({@link DecodedText#json}: a byte-order mark, else UTF-8 as RFC 8259 says whatever the header
 * claims, the header or detection only for bytes that are not UTF-8), and a malformed body or one
 * that is not an object reported as a {@link ParseException} naming the URL and, where the parser
 * knows it, the line and column.
 */
public final class JsonBodies {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private JsonBodies() {}

  /** The body as a JSON object. */
  public static JsonNode object(Fetched fetched) {
    JsonNode root;
    try {
      root = JSON.readTree(DecodedText.json(fetched).text());
    } catch (JacksonException e) {
      throw new ParseException(
          "malformed JSON in " + fetched.url() + ": " + e.getOriginalMessage() + where(e), e);
    }
    if (root == null || !root.isObject()) {
      throw new ParseException("not a JSON object: " + fetched.url());
    }
    return root;
  }

  /**
   * Where in the text a Jackson parser (of JSON, YAML, ...) gave up, as {@code " (line 2, column
   * 9)"}; empty when it does not know.
   */
  public static String where(JacksonException e) {
    var at = e.getLocation();
    return at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
  }

  /**
   * A string field with surrounding white space removed, or null when absent, blank or no string.
   */
  public static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isString() && !value.stringValue().isBlank() ? value.stringValue().strip() : null;
  }
}
