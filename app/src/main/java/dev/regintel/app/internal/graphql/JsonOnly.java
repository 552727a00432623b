package dev.regintel.app.internal.graphql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a POST to the GraphQL endpoint whose content type is not JSON with HTTP 400 and a message
 * saying what it takes; Spring for GraphQL would answer 415 with an empty body.
 */
@Component
class JsonOnly extends OncePerRequestFilter {

  private final String path;

  JsonOnly(GraphQlProperties properties) {
    this.path = properties.getHttp().getPath();
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || !path.equals(request.getRequestURI());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String type = request.getContentType();
    if (type != null && isJson(type)) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            "{\"errors\":[{\"message\":\"POST "
                + path
                + " takes a JSON body with Content-Type application/json\","
                + "\"extensions\":{\"code\":\"BAD_REQUEST\"}}]}");
  }

  private static boolean isJson(String type) {
    try {
      MediaType media = MediaType.parseMediaType(type);
      return media.getSubtype().equals("json") || media.getSubtype().endsWith("+json");
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
