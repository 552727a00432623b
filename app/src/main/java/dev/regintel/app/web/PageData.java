package dev.regintel.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * A page's data: one of the GraphQL documents under {@code web/queries/}, run in process through
 * the same service, data fetchers and limits as {@code /graphql}. The first error of an answer
 * becomes a {@link PageException} with its HTTP status and the API's own message.
 */
@Component
class PageData {

  private final ExecutionGraphQlService graphQl;
  private final Map<String, String> documents = new ConcurrentHashMap<>();

  PageData(ExecutionGraphQlService graphQl) {
    this.graphQl = graphQl;
  }

  /**
   * @param name the file name under {@code web/queries/}, without {@code .graphql}
   * @param variables the operation's variables; null values are sent as null
   */
  Map<String, Object> query(String name, Map<String, ?> variables, Locale locale) {
    String document = documents.computeIfAbsent(name, PageData::load);
    var request =
        new DefaultExecutionGraphQlRequest(
            document, null, new HashMap<>(variables), null, UUID.randomUUID().toString(), locale);
    ExecutionGraphQlResponse response =
        Objects.requireNonNull(graphQl.execute(request).block(), "no GraphQL response");
    if (!response.getErrors().isEmpty()) {
      ResponseError error = response.getErrors().getFirst();
      throw new PageException(status(error), Objects.toString(error.getMessage(), "error"));
    }
    Map<String, Object> data = response.getData();
    return data == null ? Map.of() : data;
  }

  static HttpStatus status(ResponseError error) {
    Object code = error.getExtensions().get("code");
    return switch (code == null ? error.getErrorType().toString() : code.toString()) {
      case "NOT_FOUND" -> HttpStatus.NOT_FOUND;
      case "BAD_USER_INPUT", "BAD_REQUEST", "LIMIT_EXCEEDED", "ValidationError" ->
          HttpStatus.BAD_REQUEST;
      case "UNAUTHENTICATED", "UNAUTHORIZED" -> HttpStatus.UNAUTHORIZED;
      case "FORBIDDEN" -> HttpStatus.FORBIDDEN;
      case "UNAVAILABLE" -> HttpStatus.SERVICE_UNAVAILABLE;
      default -> HttpStatus.INTERNAL_SERVER_ERROR;
    };
  }

  private static String load(String name) {
    String path = "/web/queries/" + name + ".graphql";
    try (InputStream in = PageData.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("No page query " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
