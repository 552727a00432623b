package dev.regintel.crawlers.crawl;

import dev.regintel.crawlers.Source;
import dev.regintel.crawlers.fetch.FetchOutcome;
import dev.regintel.crawlers.fetch.Fetcher;
import java.net.URI;
import java.util.Objects;

/** Retrieves from the web through one {@link Fetcher}, which it closes when closed. */
public final class LiveRetriever implements Retriever {

  private final Fetcher fetcher;

  public LiveRetriever(Fetcher fetcher) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
  }

  @Override
  public FetchOutcome retrieve(Source source, URI url) {
    return fetcher.fetch(source, url);
  }

  @Override
  public String describe() {
    return "live";
  }

  @Override
  public void close() {
    fetcher.close();
  }
}
