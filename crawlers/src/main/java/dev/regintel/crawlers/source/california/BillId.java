package dev.regintel.crawlers.source.california;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bill as leginfo addresses it, {@code bill_id=<session start><session end><special session>
 * <type><number>}, e.g. {@code 201720180SB327} (SB 327 of the 2017-2018 regular session), and the
 * rule that gives our ids: {@code doc:us-ca-<type>-<number>:chaptered-<year of statutes>} once it
 * is chaptered ({@code doc:us-ca-sb-327:chaptered-2018}, as in the seed), else {@code
 * doc:us-ca-<type>-<number>:<session>} ({@code doc:us-ca-ab-1906:2017-2018}). Bills of a special
 * session carry {@code x<n>} after the type ({@code SBX1-1}).
 *
 * @param session e.g. {@code 2017-2018}
 * @param special the special session's number, 0 for the regular session
 * @param type e.g. {@code SB}, {@code AB}, {@code SCR}
 * @param number the bill number
 */
record BillId(String session, int special, String type, String number) {

  private static final Pattern BILL_ID = Pattern.compile("(\\d{4})(\\d{4})(\\d)([A-Z]{2,3})(\\d+)");

  static Optional<BillId> parse(String billId) {
    Matcher m = billId == null ? null : BILL_ID.matcher(billId.strip().toUpperCase(Locale.ROOT));
    if (m == null || !m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new BillId(
            m.group(1) + "-" + m.group(2),
            Integer.parseInt(m.group(3)),
            m.group(4),
            String.valueOf(Integer.parseInt(m.group(5)))));
  }

  /** {@code 201720180SB327}. */
  String billId() {
    return session.replace("-", "") + special + type + number;
  }

  /** {@code SB-327}, as leginfo heads the bill's page. */
  String measure() {
    return type + (special == 0 ? "" : "X" + special) + "-" + number;
  }

  String work() {
    return "us-ca-" + measure().toLowerCase(Locale.ROOT);
  }

  String chapteredId(int year) {
    return "doc:" + work() + ":chaptered-" + year;
  }

  String sessionId() {
    return "doc:" + work() + ":" + session;
  }

  /** {@code Senate Bill No. 327}, as the bill's text names it. */
  String name() {
    String kind =
        switch (type) {
          case "SB" -> "Senate Bill";
          case "AB" -> "Assembly Bill";
          case "SCA" -> "Senate Constitutional Amendment";
          case "ACA" -> "Assembly Constitutional Amendment";
          case "SCR" -> "Senate Concurrent Resolution";
          case "ACR" -> "Assembly Concurrent Resolution";
          case "SJR" -> "Senate Joint Resolution";
          case "AJR" -> "Assembly Joint Resolution";
          case "SR" -> "Senate Resolution";
          case "HR" -> "House Resolution";
          default -> type;
        };
    return kind + " No. " + number;
  }

  String url() {
    return "https://leginfo.legislature.ca.gov/faces/billNavClient.xhtml?bill_id=" + billId();
  }
}
