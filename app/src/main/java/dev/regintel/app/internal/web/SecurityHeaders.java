package dev.regintel.app.internal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers every response carries: no content sniffing (a JSON answer holding crawled text is never
 * run as HTML or script), no referrer, and, except on the GraphiQL page, which sets its own, a
 * policy that lets a response load and run nothing and be framed nowhere.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeaders extends OncePerRequestFilter {

  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    if (!GraphiqlController.PATHS.contains(request.getRequestURI())) {
      response.setHeader("Content-Security-Policy", API_POLICY);
    }
    chain.doFilter(request, response);
  }
}
