package dev.regintel.app.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request authenticated by a valid API key; its authorities are its role and those below. */
final class ApiKeyAuthentication extends AbstractAuthenticationToken {

  private final ApiKey key;

  ApiKeyAuthentication(ApiKey key) {
    super(
        key.role().included().stream()
            .map(r -> new SimpleGrantedAuthority(r.authority()))
            .toList());
    this.key = key;
    setAuthenticated(true);
  }

  /** The key's id: never the key itself. */
  @Override
  public Object getCredentials() {
    return key.id();
  }

  @Override
  public ApiKey getPrincipal() {
    return key;
  }

  @Override
  public String getName() {
    return key.id();
  }
}
