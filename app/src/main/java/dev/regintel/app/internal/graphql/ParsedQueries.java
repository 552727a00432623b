package dev.regintel.app.internal.graphql;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Parses and validates each distinct query text once. Clients send the same few operations over and
 * over with different variables; parsing and validating the text again is a fixed cost on every
 * request that the answer does not need. The cache holds at most {@link #CAPACITY} texts; past
 * that, new texts are parsed every time, so a client sending endless distinct texts cannot grow it.
 */
@Configuration(proxyBeanMethods = false)
class ParsedQueries implements PreparsedDocumentProvider {

  static final int CAPACITY = 1000;

  /** Query texts longer than this are not kept: they are rare and would make the cache large. */
  static final int MAX_LENGTH = 20_000;

  private final ConcurrentHashMap<String, PreparsedDocumentEntry> cache = new ConcurrentHashMap<>();

  @Bean
  GraphQlSourceBuilderCustomizer parsedQueriesCustomizer() {
    return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
  }

  @Override
  public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
      ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
    String query = input.getQuery();
    PreparsedDocumentEntry entry = cache.get(query);
    if (entry == null) {
      entry = parseAndValidate.apply(input);
      if (cache.size() < CAPACITY && query.length() <= MAX_LENGTH) {
        cache.putIfAbsent(query, entry);
      }
    }
    return CompletableFuture.completedFuture(entry);
  }

  /** Texts held, for tests. */
  int size() {
    return cache.size();
  }
}
