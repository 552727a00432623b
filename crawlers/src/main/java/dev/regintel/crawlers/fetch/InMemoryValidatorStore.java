package dev.regintel.crawlers.fetch;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link ValidatorStore} that lives as long as the process. */
public final class InMemoryValidatorStore implements ValidatorStore {

  private final Map<URI, Validators> validators = new ConcurrentHashMap<>();

  @Override
  public Optional<Validators> get(URI url) {
    return Optional.ofNullable(validators.get(url));
  }

  @Override
  public void put(URI url, Validators value) {
    validators.put(url, value);
  }

  @Override
  public void remove(URI url) {
    validators.remove(url);
  }
}
