package dev.regintel.app.diff;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A requirement as the diff compares it.
 *
 * @param id the requirement's id
 * @param ref its citation, e.g. {@code AC-2(1)}, {@code 5.1-1}
 * @param parentRef the ref of the requirement it is part of, or null
 * @param title its title as stored (SP 800-53 titles end with their ref, which {@link
 *     #plainTitle()} leaves out)
 * @param text its text, or null
 * @param obligation how strongly it binds
 * @param withdrawn whether its publisher withdrew it but keeps its number
 * @param note the record's note, which for a withdrawn SP 800-53 item names where it went
 */
public record Clause(
    String id,
    String ref,
    String parentRef,
    String title,
    String text,
    String obligation,
    boolean withdrawn,
    String note) {

  private static final Pattern NUMBER = Pattern.compile("(?<![0-9])0+(?=[0-9])");
  private static final Pattern INCORPORATED = Pattern.compile("incorporated into ([^.]+)\\.");

  /**
   * The identifier the matcher pairs by: the ref in lower case without spaces and leading zeros of
   * numbers, so {@code AC-02} (SP 800-53 release 5.1.1) and {@code AC-2} are one identifier.
   */
  public String key() {
    String lower = ref == null ? "" : ref.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    return NUMBER.matcher(lower).replaceAll("");
  }

  /** The parent's identifier, by the rules of {@link #key()}; empty at the top. */
  String parentKey() {
    return parentRef == null
        ? ""
        : new Clause(null, parentRef, null, null, null, null, false, null).key();
  }

  /** The title without a trailing {@code (ref)}. */
  public String plainTitle() {
    if (title == null) {
      return "";
    }
    String suffix = " (" + ref + ")";
    return title.endsWith(suffix) ? title.substring(0, title.length() - suffix.length()) : title;
  }

  /** For a withdrawn item, the refs its note says its content was incorporated into. */
  public List<String> incorporatedInto() {
    if (!withdrawn || note == null) {
      return List.of();
    }
    Matcher m = INCORPORATED.matcher(note);
    if (!m.find()) {
      return List.of();
    }
    return List.of(m.group(1).trim().split("\\s*,\\s*"));
  }
}
