package dev.regintel.crawlers.source.first;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One version of a FIRST standard as www.first.org addresses it, and the rule that turns that
 * address into our ids, as the seed has them:
 *
 * <ul>
 *   <li>{@code /cvss/v<m>.<n>/specification-document} is {@code doc:first-cvss:v<m>.<n>};
 *   <li>{@code /standards/frameworks/csirts/csirt_services_framework_v<m>.<n>} is {@code
 *       doc:first-csirt-services-framework:v<m>.<n>};
 *   <li>{@code /standards/frameworks/psirts/psirt_services_framework_v<m>.<n>} is {@code
 *       doc:first-psirt-services-framework:v<m>.<n>}; FIRST writes 1.1 as {@code v1-1} in this
 *       address, so {@code -} is read as {@code .} in every version.
 * </ul>
 *
 * @param work the work key, which is also the family: {@code first-cvss}, {@code
 *     first-csirt-services-framework} or {@code first-psirt-services-framework}
 * @param version the version, {@code <major>.<minor>}
 */
record FirstStandard(String work, String version) {

  static final String HOST = "www.first.org";

  private static final List<Pattern> ADDRESSES =
      List.of(
          Pattern.compile("/cvss/v(\\d+)\\.(\\d+)/specification-document/?"),
          Pattern.compile(
              "/standards/frameworks/csirts/csirt_services_framework_v(\\d+)[.-](\\d+)/?"),
          Pattern.compile(
              "/standards/frameworks/psirts/psirt_services_framework_v(\\d+)[.-](\\d+)/?"));
  private static final List<String> WORKS =
      List.of("first-cvss", "first-csirt-services-framework", "first-psirt-services-framework");

  /** The standard version an address names, if it is one of FIRST's standards pages. */
  static Optional<FirstStandard> fromUrl(URI url) {
    if (url == null || url.getHost() == null || url.getPath() == null) {
      return Optional.empty();
    }
    String host = url.getHost().toLowerCase(Locale.ROOT);
    if (!host.equals(HOST) && !host.equals("first.org")) {
      return Optional.empty();
    }
    for (int i = 0; i < ADDRESSES.size(); i++) {
      Matcher m = ADDRESSES.get(i).matcher(url.getPath());
      if (m.matches()) {
        return Optional.of(
            new FirstStandard(
                WORKS.get(i), Integer.parseInt(m.group(1)) + "." + Integer.parseInt(m.group(2))));
      }
    }
    return Optional.empty();
  }

  String documentId() {
    return "doc:" + work + ":v" + version;
  }

  String family() {
    return work;
  }

  /** The designation as the seed writes it. */
  String code() {
    return switch (work) {
      case "first-cvss" -> "CVSS";
      case "first-csirt-services-framework" -> "FIRST CSIRT Services Framework";
      default -> "FIRST PSIRT Services Framework";
    };
  }

  /** CVSS is a standard; the services frameworks are frameworks, as the seed files them. */
  String kind() {
    return work.equals("first-cvss") ? "STANDARD" : "FRAMEWORK";
  }
}
