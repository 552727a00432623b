package dev.regintel.ontology;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The digest {@link Provenance#sha256()} records: SHA-256 of the bytes exactly as received (a
 * byte-order mark included), as 64 lower-case hexadecimal digits. It lives beside the provenance it
 * fills so that every module computes it alike: the crawlers for what they fetch or replay, and
 * anything that checks a recorded file against its provenance.
 */
public final class Sha256 {

  private Sha256() {}

  /** The SHA-256 of {@code bytes} in lower-case hex. */
  public static String hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK provides SHA-256", e);
    }
  }
}
