package dev.regintel.crawlers.fetch;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DecodedTextTests {

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
                DecodedText text = DecodedText.of(fetched.resource(), ISO_8859_1);
                assertThat(text.charset()).isEqualTo(UTF_8);
                assertThat(text.warning()).isEmpty();
                assertThat(text.text()).startsWith("{");
                JsonNode tree = JsonMapper.builder().build().readTree(text.text());
                assertThat(tree.get("entries").get(0).get("title").asString())
                    .isEqualTo("Zero Trust – Draft");
              });
    }
  }

  @Test
  void utf16ByteOrderMarksSelectTheirByteOrder() {
    byte[] bigEndian = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "Größe".getBytes(UTF_16BE));
    byte[] littleEndian = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Größe".getBytes(UTF_16LE));

    assertThat(DecodedText.decode(bigEndian, null, UTF_8))
        .isEqualTo(new DecodedText("Größe", UTF_16BE, Optional.empty()));
    assertThat(DecodedText.decode(littleEndian, null, UTF_8))
        .isEqualTo(new DecodedText("Größe", UTF_16LE, Optional.empty()));
  }

  @Test
  void byteOrderMarkWinsOverTheContentTypeCharset() {
    byte[] body = concat(UTF_8_BOM, "Café".getBytes(UTF_8));

    DecodedText text = DecodedText.decode(body, "text/html; charset=ISO-8859-1", ISO_8859_1);

    assertThat(text.text()).isEqualTo("Café");
    assertThat(text.charset()).isEqualTo(UTF_8);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "text/plain; charset=ISO-8859-1",
        "text/plain;charset=\"iso-8859-1\"",
        "text/plain; format=flowed; CHARSET=latin1",
      })
  void contentTypeCharsetIsUsedWhenThereIsNoByteOrderMark(String contentType) {
    DecodedText text = DecodedText.decode("Café".getBytes(ISO_8859_1), contentType, UTF_8);

    assertThat(text.text()).isEqualTo("Café");
    assertThat(text.charset()).isEqualTo(ISO_8859_1);
    assertThat(text.warning()).isEmpty();
  }

  @Test
  void noLabelMeansTheDefaultWithoutAWarning() {
    DecodedText text = DecodedText.decode("Café".getBytes(UTF_8), "application/json", UTF_8);

    assertThat(text.text()).isEqualTo("Café");
    assertThat(text.warning()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "text/html; charset=x-no-such-charset",
    "text/html; charset=???",
    "text/html; charset=utf-8x"
  })
  void unknownCharsetLabelFallsBackToTheDefaultAndSaysSo(String contentType) {
    DecodedText text = DecodedText.decode("Café".getBytes(UTF_8), contentType, UTF_8);

    assertThat(text.text()).isEqualTo("Café");
    assertThat(text.charset()).isEqualTo(UTF_8);
    assertThat(text.warning())
        .hasValueSatisfying(w -> assertThat(w).contains("unknown charset label"));
  }

  @Test
  void bytesThatAreNotValidInTheirLabelledCharsetAreDecodedWithTheDefault() {
    // Labelled UTF-8 but written in Latin-1: a common server misconfiguration.
    DecodedText text =
        DecodedText.decode("Café".getBytes(ISO_8859_1), "text/plain; charset=utf-8", ISO_8859_1);

    assertThat(text.text()).isEqualTo("Café");
    assertThat(text.charset()).isEqualTo(ISO_8859_1);
    assertThat(text.warning()).hasValueSatisfying(w -> assertThat(w).contains("not valid UTF-8"));
  }

  @Test
  void bytesValidInNoCandidateAreReplacedRatherThanThrown() {
    DecodedText text =
        DecodedText.decode("Café".getBytes(ISO_8859_1), "text/plain; charset=utf-8", UTF_8);

    assertThat(text.text()).isEqualTo("Caf\uFFFD");
    assertThat(text.warning()).hasValueSatisfying(w -> assertThat(w).contains("U+FFFD"));
  }

  @Test
  void emptyBodyDecodesToEmptyText() {
    assertThat(DecodedText.decode(new byte[0], null, Charset.forName("windows-1252")).text())
        .isEmpty();
  }
}
