package dev.regintel.app.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP answers of a refused request: a status, and a body in the shape of a GraphQL error
 * ({@code errors[0].message}, {@code errors[0].extensions.code}), so a GraphQL client and a person
 * with curl read the same clear message and never a stack trace.
 */
final class Refusals {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Refusals() {}

  /** 401: no key where one is needed, or a key that is unknown or revoked. */
  static void unauthenticated(HttpServletResponse response, String message) throws IOException {
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    write(response, HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHENTICATED", message);
  }

  /** 403: a key whose role is not enough. */
  static void forbidden(HttpServletResponse response, String message) throws IOException {
    write(response, HttpServletResponse.SC_FORBIDDEN, "FORBIDDEN", message);
  }

  /** 429 with {@code Retry-After}. */
  static void tooManyRequests(HttpServletResponse response, RateLimits.Decision decision)
      throws IOException {
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
    write(response, 429, "RATE_LIMITED", decision.message());
  }

  private static void write(HttpServletResponse response, int status, String code, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            JSON.writeValueAsString(
                Map.of(
                    "errors",
                    List.of(Map.of("message", message, "extensions", Map.of("code", code))))));
  }
}
