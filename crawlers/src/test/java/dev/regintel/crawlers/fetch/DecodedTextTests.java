package dev.regintel.crawlers.fetch;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.crawlers.fetch.DecodedText.Basis;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The one charset rule: byte-order mark, the document's declaration, the header, detection. */
class DecodedTextTests {

  private static final Charset SHIFT_JIS = Charset.forName("Shift_JIS");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final byte[] UTF_8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private static byte[] concat(byte[] first, byte[] second) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(first);
    out.writeBytes(second);
    return out.toByteArray();
  }

  @Test
  void bomPrefixedUtf8JsonIsFetchedWithItsBomAndParsesOnceDecoded() {
    // Like NIST's drafts-open-for-comment feed: JSON served with a UTF-8 BOM and no charset.
    byte[] json =
        concat(UTF_8_BOM, "{\"entries\":[{\"title\":\"Zero Trust – Draft\"}]}".getBytes(UTF_8));
    ManualTime time = new ManualTime();
    try (TestServer server = new TestServer(time);
        Fetcher fetcher =
            new Fetcher(FetchConfig.defaults(), new InMemoryValidatorStore(), time, time)) {
      server.route(
          "/feed.json",
          ex -> TestServer.respond(ex, 200, json, "Content-Type", "application/json"));

      FetchOutcome outcome = fetcher.fetch(server.uri("/feed.json"), Set.of("127.0.0.1"));

      assertThat(outcome)
          .isInstanceOfSatisfying(
              FetchOutcome.Fetched.class,
              fetched -> {
                assertThat(fetched.resource().body()).startsWith(UTF_8_BOM);
                DecodedText text = DecodedText.json(fetched.resource());
                assertThat(text.charset()).isEqualTo(UTF_8);
                assertThat(text.basis()).isEqualTo(Basis.BYTE_ORDER_MARK);
                assertThat(text.warning()).isEmpty();
                assertThat(text.text()).startsWith("{");
                JsonNode tree = JsonMapper.builder().build().readTree(text.text());
                assertThat(tree.get("entries").get(0).get("title").asString())
                    .isEqualTo("Zero Trust – Draft");
              });
    }
  }

  private static byte[] bytes(String text, Charset charset) {
    return text.getBytes(charset);
  }

  private static DecodedText json(byte[] body, String contentType) {
    return DecodedText.json(
        new dev.regintel.crawlers.Fetched(
            URI.create("https://example.org/a.json"), contentType, body, Instant.EPOCH, "-"));
  }

  // 1. The byte-order mark beats everything.

  @Test
  void utf16ByteOrderMarksSelectTheirByteOrder() {
    byte[] bigEndian = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, bytes("Größe", UTF_16BE));
    byte[] littleEndian = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, bytes("Größe", UTF_16LE));

    assertThat(DecodedText.decode(bigEndian, null))
        .isEqualTo(new DecodedText("Größe", UTF_16BE, Basis.BYTE_ORDER_MARK, Optional.empty()));
    assertThat(DecodedText.decode(littleEndian, null))
        .isEqualTo(new DecodedText("Größe", UTF_16LE, Basis.BYTE_ORDER_MARK, Optional.empty()));
  }

  @Test
  void byteOrderMarkBeatsTheDocumentsDeclarationAndTheHeader() {
    byte[] body = concat(UTF_8_BOM, bytes("<meta charset=\"Shift_JIS\"><p>Café 脆弱性", UTF_8));

    DecodedText text = DecodedText.decode(body, "text/html; charset=ISO-8859-1");

    assertThat(text.text()).isEqualTo("<meta charset=\"Shift_JIS\"><p>Café 脆弱性");
    assertThat(text.charset()).isEqualTo(UTF_8);
    assertThat(text.basis()).isEqualTo(Basis.BYTE_ORDER_MARK);
  }

  @Test
  void byteOrderMarkWinsEvenOverBytesItDoesNotFitWhichAreReplaced() {
    byte[] body = concat(UTF_8_BOM, bytes("Café", ISO_8859_1));

    DecodedText text = DecodedText.decode(body, "text/plain; charset=ISO-8859-1");

    assertThat(text.text()).isEqualTo("Caf\uFFFD");
    assertThat(text.basis()).isEqualTo(Basis.BYTE_ORDER_MARK);
    assertThat(text.warning()).hasValueSatisfying(w -> assertThat(w).contains("U+FFFD"));
  }

  // 2. The document's own declaration beats the header.

  @Test
  void documentDeclaringShiftJisIsReadSoWhenTheHeaderSaysUtf8() {
    String page = "<html><head><meta charset=\"Shift_JIS\"></head><p>脆弱性開示</p></html>";

    DecodedText text = DecodedText.decode(bytes(page, SHIFT_JIS), "text/html; charset=UTF-8");

    assertThat(text.text()).isEqualTo(page);
    assertThat(text.charset()).isEqualTo(SHIFT_JIS);
    assertThat(text.basis()).isEqualTo(Basis.DOCUMENT);
    assertThat(text.warning()).isEmpty();
  }

  @Test
  void metaHttpEquivContentTypeIsADeclaration() {
    String page =
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
            + "<p>\u201cSection \u00a7 1798\u201d</p>";

    DecodedText text = DecodedText.decode(bytes(page, WINDOWS_1252), "text/html; charset=UTF-8");

    assertThat(text.text()).isEqualTo(page);
    assertThat(text.basis()).isEqualTo(Basis.DOCUMENT);
  }

  @Test
  void xmlDeclarationIsADeclaration() {
    String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<a>Café</a>";

    DecodedText text = DecodedText.decode(bytes(xml, ISO_8859_1), "application/xml; charset=utf-8");

    assertThat(text.text()).isEqualTo(xml);
    assertThat(text.charset()).isEqualTo(ISO_8859_1);
    assertThat(text.basis()).isEqualTo(Basis.DOCUMENT);
  }

  @Test
  void xmlDeclarationWrittenInUtf16WithoutAByteOrderMarkIsRecognised() {
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><a>脆弱性</a>";

    assertThat(DecodedText.decode(bytes(xml, UTF_16LE), null).text()).isEqualTo(xml);
    assertThat(DecodedText.decode(bytes(xml, UTF_16BE), null).charset()).isEqualTo(UTF_16BE);
  }

  @Test
  void aDeclarationOfUtf16ReadFromAsciiBytesMeansUtf8() {
    String page = "<meta charset=\"utf-16\"><p>Café</p>";

    DecodedText text = DecodedText.decode(bytes(page, UTF_8), null);

    assertThat(text.text()).isEqualTo(page);
    assertThat(text.charset()).isEqualTo(UTF_8);
    assertThat(text.basis()).isEqualTo(Basis.DOCUMENT);
  }

  @Test
  void aDeclarationPastTheFirstBytesIsNotSeen() {
    String page =
        "<p>" + "x".repeat(DecodedText.PRESCAN_BYTES) + "</p><meta charset=\"ISO-8859-1\">é";

    DecodedText text = DecodedText.decode(bytes(page, UTF_8), null);

    assertThat(text.basis()).isEqualTo(Basis.DETECTED);
    assertThat(text.charset()).isEqualTo(UTF_8);
  }

  @Test
  void aDeclarationTheBytesContradictIsPassedOverForTheHeader() {
    String page = "<meta charset=\"utf-8\"><p>脆弱性</p>";

    DecodedText text = DecodedText.decode(bytes(page, SHIFT_JIS), "text/html; charset=Shift_JIS");

    assertThat(text.text()).isEqualTo(page);
    assertThat(text.basis()).isEqualTo(Basis.HEADER);
    assertThat(text.warning())
        .hasValueSatisfying(w -> assertThat(w).contains("not valid UTF-8 as the document says"));
  }

  @Test
  void anUnknownDeclarationIsPassedOverForTheHeader() {
    DecodedText text =
        DecodedText.decode(
            bytes("<meta charset=\"x-no-such\">Café", ISO_8859_1), "text/html; charset=latin1");

    assertThat(text.charset()).isEqualTo(ISO_8859_1);
    assertThat(text.basis()).isEqualTo(Basis.HEADER);
    assertThat(text.warning())
        .hasValueSatisfying(w -> assertThat(w).contains("unknown charset 'x-no-such'"));
  }

  // 3. Without a declaration, the header.

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "text/plain; charset=ISO-8859-1",
        "text/plain;charset=\"iso-8859-1\"",
        "text/plain; format=flowed; CHARSET=latin1",
      })
  void withoutADeclarationTheHeaderCharsetIsUsed(String contentType) {
    DecodedText text = DecodedText.decode(bytes("Café", ISO_8859_1), contentType);

    assertThat(text.text()).isEqualTo("Café");
    assertThat(text.charset()).isEqualTo(ISO_8859_1);
    assertThat(text.basis()).isEqualTo(Basis.HEADER);
    assertThat(text.warning()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "text/html; charset=x-no-such-charset",
    "text/html; charset=???",
    "text/html; charset=utf-8x"
  })
  void anUnknownHeaderCharsetIsPassedOverAndSaidSo(String contentType) {
    DecodedText text = DecodedText.decode(bytes("Café", UTF_8), contentType);

    assertThat(text.text()).isEqualTo("Café");
    assertThat(text.basis()).isEqualTo(Basis.DETECTED);
    assertThat(text.warning())
        .hasValueSatisfying(w -> assertThat(w).contains("the header names the unknown charset"));
  }

  @Test
  void bytesNotValidInTheHeadersCharsetAreDetected() {
    // Labelled UTF-8 but written in Latin-1: a common server misconfiguration.
    DecodedText text = DecodedText.decode(bytes("Café", ISO_8859_1), "text/plain; charset=utf-8");

    assertThat(text.text()).isEqualTo("Café");
    assertThat(text.charset()).isEqualTo(WINDOWS_1252);
    assertThat(text.basis()).isEqualTo(Basis.DETECTED);
    assertThat(text.warning()).hasValueSatisfying(w -> assertThat(w).contains("not valid UTF-8"));
  }

  // 4. With neither, detection.

  @Test
  void withNeitherValidUtf8IsReadAsUtf8WithoutAWarning() {
    DecodedText text = DecodedText.decode(bytes("Café 脆弱性", UTF_8), "text/html");

    assertThat(text.text()).isEqualTo("Café 脆弱性");
    assertThat(text.charset()).isEqualTo(UTF_8);
    assertThat(text.basis()).isEqualTo(Basis.DETECTED);
    assertThat(text.warning()).isEmpty();
  }

  @Test
  void withNeitherBytesThatAreNotUtf8AreReadAsWindows1252() {
    DecodedText text =
        DecodedText.decode(bytes("\u201cCaf\u00e9\u201d \u2013 \u00a7", WINDOWS_1252), null);

    assertThat(text.text()).isEqualTo("\u201cCaf\u00e9\u201d \u2013 \u00a7");
    assertThat(text.charset()).isEqualTo(WINDOWS_1252);
    assertThat(text.warning())
        .hasValueSatisfying(w -> assertThat(w).contains("not UTF-8, read as windows-1252"));
  }

  @Test
  void bytesUndefinedEvenInWindows1252AreReplacedRatherThanThrown() {
    DecodedText text = DecodedText.decode(new byte[] {'C', (byte) 0x81}, null);

    assertThat(text.text()).isEqualTo("C\uFFFD");
    assertThat(text.warning()).hasValueSatisfying(w -> assertThat(w).contains("U+FFFD"));
  }

  @Test
  void emptyBodyDecodesToEmptyText() {
    assertThat(DecodedText.decode(new byte[0], null).text()).isEmpty();
  }

  // JSON: the format declares UTF-8.

  @Test
  void jsonIsUtf8WhateverTheHeaderSays() {
    DecodedText text =
        json(bytes("{\"t\":\"Café\"}", UTF_8), "application/json; charset=ISO-8859-1");

    assertThat(text.text()).isEqualTo("{\"t\":\"Café\"}");
    assertThat(text.charset()).isEqualTo(UTF_8);
    assertThat(text.basis()).isEqualTo(Basis.DOCUMENT);
  }

  @Test
  void jsonThatIsNotUtf8FollowsTheHeaderThenDetection() {
    byte[] latin = bytes("{\"t\":\"Caf\u00e9 \u2013\"}", WINDOWS_1252);

    DecodedText labelled = json(latin, "application/json; charset=windows-1252");
    DecodedText unlabelled = json(latin, "application/json");

    assertThat(labelled.basis()).isEqualTo(Basis.HEADER);
    assertThat(unlabelled.basis()).isEqualTo(Basis.DETECTED);
    assertThat(labelled.text())
        .isEqualTo(unlabelled.text())
        .isEqualTo("{\"t\":\"Caf\u00e9 \u2013\"}");
  }

  @Test
  void byteOrderMarkLengths() {
    assertThat(DecodedText.byteOrderMarkLength(concat(UTF_8_BOM, bytes("{}", UTF_8)))).isEqualTo(3);
    assertThat(DecodedText.byteOrderMarkLength(new byte[] {(byte) 0xFF, (byte) 0xFE, '{', 0}))
        .isEqualTo(2);
    assertThat(DecodedText.byteOrderMarkLength(bytes("{}", UTF_8))).isZero();
  }
}
