package dev.regintel.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The form of an API key, {@code rik_<id>_<secret>}: the id finds the stored key, the secret (32
 * random bytes) proves it. Only the hash of the whole key is stored.
 *
 * <p>SHA-256, not a slow password hash: a slow hash makes guessing a low-entropy password
 * expensive, but these keys carry 256 random bits, so no guessing is possible however fast the
 * hash, and a slow hash would cost every keyed request tens of milliseconds.
 */
final class KeySecrets {

  private static final String PREFIX = "rik_";
  private static final Pattern FORM = Pattern.compile("rik_([a-z0-9]{12})_([A-Za-z0-9_-]{43})");
  private static final String ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private KeySecrets() {}

  /** A new key: an id and a secret; the caller shows it once and stores its {@link #hash}. */
  static Generated generate() {
    StringBuilder id = new StringBuilder(12);
    for (int i = 0; i < 12; i++) {
      id.append(ID_ALPHABET.charAt(RANDOM.nextInt(ID_ALPHABET.length())));
    }
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String key = PREFIX + id + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    return new Generated(id.toString(), key);
  }

  /** The id of a key of the right form; empty for anything else. */
  static Optional<String> idOf(String key) {
    if (key == null) {
      return Optional.empty();
    }
    Matcher m = FORM.matcher(key.strip());
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The SHA-256 of the key, in lower-case hex. */
  static String hash(String key) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.strip().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).toLowerCase(Locale.ROOT);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** Whether {@code key} hashes to {@code storedHash}, compared in constant time. */
  static boolean matches(String key, String storedHash) {
    return MessageDigest.isEqual(
        hash(key).getBytes(StandardCharsets.US_ASCII),
        storedHash.getBytes(StandardCharsets.US_ASCII));
  }

  /** A key just made: its id and the key itself, which is never stored. */
  record Generated(String id, String key) {}
}
