package dev.regintel.app.security;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What an API key may do; each role may do everything the roles before it may. */
public enum Role {
  /** Reads, when reads need a key. */
  READER,
  /** Brings its own products in: suppliers, devices, controls and claims it owns. */
  VENDOR,
  /** Curates the graph: rebuilds, crawls, and (later) writes data. */
  CURATOR,
  /** Manages keys and everything else. */
  ADMIN;

  /** Whether this role may do what {@code needed} may. */
  public boolean includes(Role needed) {
    return compareTo(needed) >= 0;
  }

  /** The role's name as users type it: {@code reader}, {@code curator}, {@code admin}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The Spring Security authority of this role ({@code ROLE_CURATOR}). */
  public String authority() {
    return "ROLE_" + name();
  }

  /** The roles this one includes, itself last. */
  public List<Role> included() {
    return Arrays.stream(values()).filter(this::includes).toList();
  }

  /**
   * A role by name, in any case.
   *
   * @throws IllegalArgumentException naming the valid roles
   */
  public static Role parse(String name) {
    for (Role role : values()) {
      if (role.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
        return role;
      }
    }
    throw new IllegalArgumentException(
        "unknown role '"
            + name
            + "'; the roles are "
            + names()
            + " (each includes the ones before)");
  }

  /** The valid names, in order: {@code reader, vendor, curator, admin}. */
  public static String names() {
    return String.join(", ", Arrays.stream(values()).map(Role::label).toList());
  }
}
