package dev.regintel.crawlers.fetch;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The hosts one source may fetch from, matched exactly and case-insensitively. */
record AllowList(Set<String> hosts) {

  AllowList {
    hosts =
        hosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }

  /** Why {@code url} must not be requested, or empty when it may be. */
  Optional<String> refusal(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.of("not an http(s) URL: " + url);
    }
    if (url.getHost() == null) {
      return Optional.of("no host in " + url);
    }
    if (!hosts.contains(url.getHost().toLowerCase(Locale.ROOT))) {
      return Optional.of("host " + url.getHost() + " is outside the allowed hosts " + hosts);
    }
    return Optional.empty();
  }
}
