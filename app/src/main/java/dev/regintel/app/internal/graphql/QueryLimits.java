package dev.regintel.app.internal.graphql;

import dev.regintel.app.internal.config.RegintelProperties;
import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.Instrumentation;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * What one GraphQL request may cost ({@code regintel.limits.*}), checked before anything runs: the
 * query's length (before it is parsed), its token count (the parser stops counting there), its
 * depth, its estimated cost ({@link ListComplexity}) and its aliases (after validation, before
 * execution). A query over a limit is answered with one {@link LimitErrors} error naming the limit
 * and its value, and nothing of it is executed.
 */
@Configuration(proxyBeanMethods = false)
class QueryLimits implements WebGraphQlInterceptor {

  private final RegintelProperties.Limits limits;
  private final ParserOptions parserOptions;

  QueryLimits(RegintelProperties properties) {
    this.limits = properties.limits();
    this.parserOptions =
        ParserOptions.getDefaultOperationParserOptions()
            .transform(
                options ->
                    options.maxTokens(limits.maxTokens()).maxCharacters(limits.maxQueryLength()));
  }

  @Bean
  @Order(1)
  Instrumentation maxDepth() {
    int max = limits.maxDepth();
    return new MaxQueryDepthInstrumentation(max) {
      @Override
      protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
        return LimitErrors.abort("max-depth", maxDepth, "Query depth " + depth);
      }
    };
  }

  @Bean
  @Order(2)
  Instrumentation maxComplexity() {
    int max = limits.maxComplexity();
    return new MaxQueryComplexityInstrumentation(
        max, new ListComplexity(limits.defaultListSize(), max)) {
      @Override
      protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
        String over = complexity > maxComplexity ? "over " + maxComplexity : "" + complexity;
        return LimitErrors.abort(
            "max-complexity", maxComplexity, "Query complexity (estimated cost) " + over);
      }
    };
  }

  @Bean
  @Order(3)
  Instrumentation maxAliases() {
    return new AliasLimit(limits.maxAliases());
  }

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    String query = request.getDocument();
    if (query.length() > limits.maxQueryLength()) {
      GraphQLError error =
          LimitErrors.error(
              "max-query-length",
              limits.maxQueryLength(),
              "Query length " + query.length() + " characters");
      ExecutionResult refused = ExecutionResult.newExecutionResult().addError(error).build();
      return Mono.just(
          new WebGraphQlResponse(
              new DefaultExecutionGraphQlResponse(request.toExecutionInput(), refused)));
    }
    request.configureExecutionInput(
        (input, builder) ->
            builder
                .graphQLContext(context -> context.put(ParserOptions.class, parserOptions))
                .build());
    return chain.next(request).map(response -> explainCancelledParse(query, response));
  }

  /**
   * graphql-java reports a parse it cancelled at the token limit as a plain syntax error; this
   * names the limit instead. Only a response with a syntax error is looked at again.
   */
  private WebGraphQlResponse explainCancelledParse(String query, WebGraphQlResponse response) {
    List<GraphQLError> errors = response.getExecutionResult().getErrors();
    if (errors.stream().noneMatch(e -> e.getErrorType() == ErrorType.InvalidSyntax)) {
      return response;
    }
    return tokenRefusal(query)
        .map(error -> response.transform(builder -> builder.errors(List.of(error))))
        .orElse(response);
  }

  /** The refusal of a query with more tokens than the limit, if it has more. */
  Optional<GraphQLError> tokenRefusal(String query) {
    try {
      Parser.parse(
          ParserEnvironment.newParserEnvironment()
              .document(query)
              .parserOptions(parserOptions)
              .build());
      return Optional.empty();
    } catch (ParseCancelledException e) {
      return Optional.of(
          LimitErrors.error("max-tokens", limits.maxTokens(), "The query's token count"));
    } catch (InvalidSyntaxException e) {
      return Optional.empty();
    }
  }
}
