package dev.regintel.crawlers.fetch;

import java.net.URI;
import java.util.Optional;

/**
 * Remembers the cache validators (ETag, Last-Modified) per requested URL between crawls, so an
 * unchanged resource costs a 304 instead of its whole body. {@link InMemoryValidatorStore} serves
 * one process; the app persists them. Implementations must be safe for concurrent use.
 */
public interface ValidatorStore {

  /** The validators last stored for {@code url}. */
  Optional<Validators> get(URI url);

  /** Stores the validators of the latest successful response for {@code url}. */
  void put(URI url, Validators validators);

  /** Forgets {@code url}, e.g. when its server stopped sending validators. */
  void remove(URI url);
}
