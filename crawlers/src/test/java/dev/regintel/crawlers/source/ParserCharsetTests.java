package dev.regintel.crawlers.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** HTML, XML and JSON parsing all decode by the one charset rule of {@code DecodedText}. */
class ParserCharsetTests {

  private static final Charset SHIFT_JIS = Charset.forName("Shift_JIS");

  @Test
  void anHtmlPageDeclaringShiftJisIsParsedAsSuchUnderAUtf8Header() {
    String page = "<html><head><meta charset=\"Shift_JIS\"><title>IoT機器</title></head></html>";

    var document =
        HtmlPages.parse(
            Fixtures.fetched(
                page.getBytes(SHIFT_JIS),
                "https://example.jp/",
                "text/html; charset=UTF-8",
                Fixtures.RETRIEVED));

    assertThat(document.title()).isEqualTo("IoT機器");
  }

  @Test
  void xmlWithoutADeclarationFollowsTheHeaderCharset() {
    // The XML parser alone would take the bytes for UTF-8 and fail on the é.
    byte[] xml = "<a>Café</a>".getBytes(StandardCharsets.ISO_8859_1);

    var document =
        SecureXml.parse(
            Fixtures.fetched(
                xml,
                "https://example.org/a.xml",
                "text/xml; charset=ISO-8859-1",
                Fixtures.RETRIEVED));

    assertThat(SecureXml.text(document.getDocumentElement())).isEqualTo("Café");
  }

  @Test
  void xmlDeclarationBeatsTheHeaderCharset() {
    byte[] xml = "\n<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><a>脆弱性</a>".getBytes(SHIFT_JIS);

    var document =
        SecureXml.parse(
            Fixtures.fetched(
                xml, "https://example.jp/a.xml", "text/xml; charset=UTF-8", Fixtures.RETRIEVED));

    assertThat(SecureXml.text(document.getDocumentElement())).isEqualTo("脆弱性");
  }

  @Test
  void jsonThatIsNotUtf8IsReadAsWindows1252RatherThanRejected() {
    byte[] json = "{\"t\":\"Caf\u00e9 \u2013 \u00a7\"}".getBytes(Charset.forName("windows-1252"));

    var object =
        JsonBodies.object(
            Fixtures.fetched(
                json, "https://example.org/a.json", "application/json", Fixtures.RETRIEVED));

    assertThat(JsonBodies.text(object, "t")).isEqualTo("Caf\u00e9 \u2013 \u00a7");
  }
}
