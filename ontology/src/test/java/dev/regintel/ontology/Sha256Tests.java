package dev.regintel.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Sha256Tests {

  @Test
  void givesTheFipsTestVectorsInLowerCaseHex() {
    // FIPS 180-2, appendix B.1, and the digest of no bytes.
    assertThat(Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(Sha256.hex(new byte[0]))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void aByteOrderMarkIsPartOfTheBytesHashed() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', 'b', 'c'};
    assertThat(Sha256.hex(bom)).isNotEqualTo(Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII)));
  }
}
