package dev.regintel.app.internal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers every response carries: no content sniffing (a JSON answer holding crawled text is never
 * run as HTML or script), no referrer, and a Content-Security-Policy: for the API, one that lets a
 * response load and run nothing and be framed nowhere; for the GraphiQL page, one that allows only
 * this server's scripts (the page has no inline script) and styles. The web pages replace it with
 * their own ({@code web.WebConfiguration.PAGE_POLICY}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeaders extends OncePerRequestFilter {

  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

  /** The GraphiQL page's paths. */
  static final Set<String> GRAPHIQL_PATHS = Set.of("/graphiql", "/graphiql/");

  /**
   * The GraphiQL page's policy: scripts, styles, fonts and images from this server only (GraphiQL's
   * stylesheet inlines its fonts and icons as {@code data:}, and GraphiQL sets styles at run time);
   * requests to this server only; never framed.
   */
  static final String GRAPHIQL_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; font-src 'self' data:; connect-src 'self';"
          + " base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    String path = request.getRequestURI();
    response.setHeader(
        "Content-Security-Policy", GRAPHIQL_PATHS.contains(path) ? GRAPHIQL_POLICY : API_POLICY);
    chain.doFilter(request, response);
  }
}
