package dev.regintel.crawlers.source.uk;

import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.ParseException;
import dev.regintel.crawlers.Parsed;
import dev.regintel.crawlers.Source;
import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * GOV.UK consultations on cyber security: the Search API finds them, the Content API gives each
 * one's dates. Both are unauthenticated JSON under the Open Government Licence v3.0. The Search API
 * answers unknown parameters with HTTP 422, so the entry point asks only for documented ones.
 */
public final class GovUkSource implements Source {

  static final URI CYBER_SECURITY_CONSULTATIONS =
      URI.create(
          "https://www.gov.uk/api/search.json?q=cyber+security"
              + "&filter_content_store_document_type=open_consultation"
              + "&filter_content_store_document_type=closed_consultation"
              + "&filter_content_store_document_type=consultation_outcome"
              + "&fields=title,link,description,content_store_document_type,organisations,"
              + "public_timestamp,start_date,end_date"
              + "&order=-public_timestamp&count=50");

  @Override
  public String name() {
    return "gov-uk";
  }

  @Override
  public Set<String> hosts() {
    return Set.of("www.gov.uk");
  }

  @Override
  public List<URI> entryPoints() {
    return List.of(CYBER_SECURITY_CONSULTATIONS);
  }

  @Override
  public Parsed parse(Fetched fetched) {
    String path = fetched.url().getPath();
    if ("/api/search.json".equals(path)) {
      return GovUkSearchResults.parse(fetched);
    }
    if (path != null && path.startsWith("/api/content/")) {
      return GovUkContentItem.parse(fetched);
    }
    throw new ParseException("not a GOV.UK API resource this source reads: " + fetched.url());
  }
}
