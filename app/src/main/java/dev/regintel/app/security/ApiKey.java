package dev.regintel.app.security;

import java.time.Instant;

/**
 * A stored API key, without its secret: what {@code keys list} shows and a request is checked
 * against.
 *
 * @param id the key's id, also the part of the key after {@code rik_}
 * @param role what it may do
 * @param label who or what it is for
 * @param created when it was made
 * @param revoked when it was revoked; null while it is valid
 */
public record ApiKey(String id, Role role, String label, Instant created, Instant revoked) {

  public boolean active() {
    return revoked == null;
  }
}
