package dev.regintel.crawlers.source;

import dev.regintel.crawlers.Source;
import dev.regintel.crawlers.source.california.CaliforniaSource;
import dev.regintel.crawlers.source.enisa.EnisaSource;
import dev.regintel.crawlers.source.etsi.EtsiSource;
import dev.regintel.crawlers.source.eu.EuCellarSource;
import dev.regintel.crawlers.source.first.FirstSource;
import dev.regintel.crawlers.source.nist.NistSource;
import dev.regintel.crawlers.source.uk.GovUkSource;
import dev.regintel.crawlers.source.uk.LegislationGovUkSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every registered source, by name. A new source is added here; {@code docs/sources.md} must then
 * describe it (a test checks).
 */
public final class Sources {

  private static final Map<String, Source> ALL = new LinkedHashMap<>();

  static {
    for (Source source :
        List.of(
            new NistSource(),
            new EnisaSource(),
            new EtsiSource(),
            new FirstSource(),
            new LegislationGovUkSource(),
            new GovUkSource(),
            new CaliforniaSource(),
            new EuCellarSource())) {
      if (ALL.put(source.name(), source) != null) {
        throw new IllegalStateException("two sources are named " + source.name());
      }
    }
  }

  private Sources() {}

  /** All sources, in a stable order. */
  public static List<Source> all() {
    return List.copyOf(ALL.values());
  }

  public static List<String> names() {
    return List.copyOf(ALL.keySet());
  }

  /**
   * The sources with the given names, in the order given, each once.
   *
   * @throws IllegalArgumentException naming the unknown names and the known ones
   */
  public static List<Source> named(Collection<String> names) {
    List<String> unknown = names.stream().filter(n -> !ALL.containsKey(n)).distinct().toList();
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "unknown source"
              + (unknown.size() > 1 ? "s " : " ")
              + String.join(", ", unknown)
              + "; known: "
              + String.join(", ", ALL.keySet()));
    }
    List<Source> sources = new ArrayList<>();
    names.stream().distinct().forEach(n -> sources.add(ALL.get(n)));
    return sources;
  }
}
