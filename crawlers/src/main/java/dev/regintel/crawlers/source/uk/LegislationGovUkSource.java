package dev.regintel.crawlers.source.uk;

import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.ParseException;
import dev.regintel.crawlers.Parsed;
import dev.regintel.crawlers.Source;
import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * legislation.gov.uk: Atom lists of legislation ({@code .../data.feed}) and the CLML text of an
 * item ({@code .../data.xml}). Crown copyright, reusable under the Open Government Licence v3.0.
 * The site asks for an identifying User-Agent and at most 3,000 requests per 5 minutes.
 */
public final class LegislationGovUkSource implements Source {

  static final URI NEW_LEGISLATION = URI.create("https://www.legislation.gov.uk/new/data.feed");
  static final URI PRODUCT_SECURITY_SEARCH =
      URI.create("https://www.legislation.gov.uk/search/data.feed?title=product+security");
  static final URI PSTI_REGULATIONS =
      URI.create("https://www.legislation.gov.uk/uksi/2023/1007/made/data.xml");

  @Override
  public String name() {
    return "legislation-gov-uk";
  }

  @Override
  public Set<String> hosts() {
    return Set.of("www.legislation.gov.uk");
  }

  @Override
  public List<URI> entryPoints() {
    return List.of(NEW_LEGISLATION, PRODUCT_SECURITY_SEARCH, PSTI_REGULATIONS);
  }

  @Override
  public Parsed parse(Fetched fetched) {
    String path = fetched.url().getPath();
    if (path != null && path.endsWith("/data.feed")) {
      return LegislationFeed.parse(fetched);
    }
    if (path != null && path.endsWith("/data.xml")) {
      return ClmlDocument.parse(fetched);
    }
    throw new ParseException(
        "not a legislation.gov.uk resource this source reads: " + fetched.url());
  }
}
