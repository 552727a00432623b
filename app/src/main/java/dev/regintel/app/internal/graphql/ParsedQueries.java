package dev.regintel.app.internal.graphql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.regintel.app.internal.config.RegintelProperties;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Parses and validates each distinct query text once. Clients send the same few operations over and
 * over with different variables; parsing and validating the text again is a fixed cost on every
 * request that the answer does not need. The texts are kept in a Caffeine cache bounded by {@code
 * regintel.graphql.parsed-query-cache} (1000 by default): past that, the least used are evicted, so
 * a client sending endless distinct texts cannot grow it, and the texts in use stay.
 */
@Configuration(proxyBeanMethods = false)
class ParsedQueries implements PreparsedDocumentProvider {

  /** Query texts longer than this are not kept: they are rare and would make the cache large. */
  static final int MAX_LENGTH = 20_000;

  private final Cache<String, PreparsedDocumentEntry> cache;

  @Autowired
  ParsedQueries(RegintelProperties properties) {
    this(properties.graphql().parsedQueryCache());
  }

  /**
   * A cache holding at most {@code capacity} texts. Evictions run on the thread that adds a text,
   * not later on a pool, so the bound holds at once; the work is small beside a parse.
   */
  ParsedQueries(int capacity) {
    this.cache = Caffeine.newBuilder().maximumSize(capacity).executor(Runnable::run).build();
  }

  @Bean
  GraphQlSourceBuilderCustomizer parsedQueriesCustomizer() {
    return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
  }

  @Override
  public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
      ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
    String query = input.getQuery();
    PreparsedDocumentEntry entry =
        query.length() > MAX_LENGTH
            ? parseAndValidate.apply(input)
            : cache.get(query, text -> parseAndValidate.apply(input));
    return CompletableFuture.completedFuture(entry);
  }

  /** Texts held once pending evictions are done, for tests. */
  int size() {
    cache.cleanUp();
    return Math.toIntExact(cache.estimatedSize());
  }
}
