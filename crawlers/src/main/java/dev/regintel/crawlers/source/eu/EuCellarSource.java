package dev.regintel.crawlers.source.eu;

import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.Parsed;
import dev.regintel.crawlers.Source;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * EU legislation from the Publications Office's CELLAR repository: {@code /resource/celex/<CELEX>}
 * answers with the Official Journal XHTML of the act when asked with {@code Accept:
 * application/xhtml+xml} and {@code Accept-Language: eng} (without a language it answers 400).
 * EUR-Lex itself is not fetched: it puts scripted clients behind a JavaScript challenge. The act is
 * identified from its title, since CELLAR redirects to manifestation addresses that do not carry
 * the CELEX number.
 */
public final class EuCellarSource implements Source {

  static final URI NIS2 = URI.create("https://publications.europa.eu/resource/celex/32022L2555");
  static final URI CYBER_RESILIENCE_ACT =
      URI.create("https://publications.europa.eu/resource/celex/32024R2847");

  @Override
  public String name() {
    return "eu";
  }

  @Override
  public Set<String> hosts() {
    return Set.of("publications.europa.eu");
  }

  @Override
  public List<URI> entryPoints() {
    return List.of(NIS2, CYBER_RESILIENCE_ACT);
  }

  /** CELLAR negotiates the manifestation: XHTML, in English (no language is a 400). */
  @Override
  public Map<String, String> requestHeaders(URI url) {
    return Map.of("Accept", "application/xhtml+xml", "Accept-Language", "eng");
  }

  @Override
  public Parsed parse(Fetched fetched) {
    return OjAct.parse(fetched);
  }
}
