package dev.regintel.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request by the API key it carries ({@code Authorization: Bearer <key>} or {@code
 * X-API-Key: <key>}) and rate-limits it: by its key when the key is valid, otherwise by the client
 * address. A request without a key goes on anonymously (whether it may do what it asks is decided
 * later); one with a key that is malformed, unknown or revoked is refused with 401 at once, so a
 * client never mistakes a bad key for anonymous access.
 */
final class ApiKeyFilter extends OncePerRequestFilter {

  static final String API_KEY_HEADER = "X-API-Key";
  private static final String BEARER = "bearer ";

  private final ApiKeys keys;
  private final RateLimits limits;
  private final SecurityContextHolderStrategy contexts =
      SecurityContextHolder.getContextHolderStrategy();

  ApiKeyFilter(ApiKeys keys, RateLimits limits) {
    this.keys = keys;
    this.limits = limits;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Presented presented = presented(request);
    if (presented.key() == null && presented.problem() == null) {
      if (!unlimited(request) && refusedByAddress(request, response)) {
        return;
      }
      chain.doFilter(request, response);
      return;
    }
    Optional<ApiKey> found =
        presented.key() == null ? Optional.empty() : keys.verify(presented.key());
    if (found.isEmpty() || !found.get().active()) {
      if (refusedByAddress(request, response)) {
        return;
      }
      Refusals.unauthenticated(response, whyRefused(presented, found));
      return;
    }
    ApiKey key = found.get();
    RateLimits.Decision decision = limits.byKey(key.id());
    if (!decision.allowed()) {
      Refusals.tooManyRequests(response, decision);
      return;
    }
    SecurityContext context = contexts.createEmptyContext();
    context.setAuthentication(new ApiKeyAuthentication(key));
    contexts.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      contexts.clearContext();
    }
  }

  /** Health answers load balancers, which must never be throttled into taking an instance out. */
  private static boolean unlimited(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
  }

  private boolean refusedByAddress(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    RateLimits.Decision decision = limits.byAddress(request.getRemoteAddr());
    if (decision.allowed()) {
      return false;
    }
    Refusals.tooManyRequests(response, decision);
    return true;
  }

  private static String whyRefused(Presented presented, Optional<ApiKey> found) {
    if (presented.problem() != null) {
      return presented.problem();
    }
    if (found.isPresent()) {
      return "The API key "
          + found.get().id()
          + " was revoked at "
          + found.get().revoked()
          + "; ask an admin for a new one.";
    }
    return "The API key is not valid: it is unknown, or not copied whole (a key looks like"
        + " rik_<12 characters>_<43 characters>).";
  }

  /** The key a request carries, or why what it carries is not one. */
  static Presented presented(HttpServletRequest request) {
    String header = request.getHeader(API_KEY_HEADER);
    if (header != null && !header.isBlank()) {
      return new Presented(header.strip(), null);
    }
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (authorization == null || authorization.isBlank()) {
      return new Presented(null, null);
    }
    if (!authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
      return new Presented(
          null,
          "Send the API key as 'Authorization: Bearer <key>' or 'X-API-Key: <key>'; no other"
              + " authorization scheme is accepted.");
    }
    return new Presented(authorization.substring(BEARER.length()).strip(), null);
  }

  /**
   * @param key the key, when the request carries one
   * @param problem why what the request carries is not a key
   */
  record Presented(String key, String problem) {}
}
