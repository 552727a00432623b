package dev.regintel.app.internal.graphql;

import dev.regintel.app.internal.neo4j.GraphUnavailableException;
import dev.regintel.app.internal.neo4j.QueryTimeoutException;
import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns exceptions into GraphQL errors: {@link ApiException}s keep their message and code; a {@link
 * QueryTimeoutException} is a TIMEOUT naming the limit; anything else becomes INTERNAL_ERROR with a
 * plain message (the details go to the log, never to the caller).
 */
@Component
class ApiErrors extends DataFetcherExceptionResolverAdapter {

  private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

  /**
   * A field that was still pending when its request was cancelled (past its time budget) adds no
   * error of its own: {@link RequestBudget} answers the request with one TIMEOUT error.
   */
  @Override
  protected List<GraphQLError> resolveToMultipleErrors(Throwable ex, DataFetchingEnvironment env) {
    if (ex instanceof AbortExecutionException) {
      return List.of();
    }
    return super.resolveToMultipleErrors(ex, env);
  }

  @Override
  protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
    if (ex instanceof ApiException api) {
      ErrorClassification type =
          switch (api.code()) {
            case NOT_FOUND -> ErrorType.NOT_FOUND;
            case BAD_USER_INPUT -> ErrorType.BAD_REQUEST;
            case LIMIT_EXCEEDED -> ErrorType.BAD_REQUEST;
            case UNAUTHENTICATED -> ErrorType.UNAUTHORIZED;
            case FORBIDDEN -> ErrorType.FORBIDDEN;
            case NOT_IMPLEMENTED, TIMEOUT, UNAVAILABLE ->
                ErrorClassification.errorClassification(api.code().name());
          };
      return GraphqlErrorBuilder.newError(env)
          .errorType(type)
          .message(api.getMessage())
          .extensions(Map.of("code", api.code().name()))
          .build();
    }
    if (ex instanceof QueryTimeoutException timeout) {
      log.warn("Cancelled past {} at {}", timeout.budget(), env.getExecutionStepInfo().getPath());
      return timeout(GraphqlErrorBuilder.newError(env), timeout);
    }
    if (ex instanceof GraphUnavailableException unavailable) {
      log.warn(
          "Neo4j unavailable at {}: {}", env.getExecutionStepInfo().getPath(), ex.getMessage());
      return GraphqlErrorBuilder.newError(env)
          .errorType(ErrorClassification.errorClassification(ApiException.Code.UNAVAILABLE.name()))
          .message(unavailable.getMessage())
          .extensions(Map.of("code", ApiException.Code.UNAVAILABLE.name()))
          .build();
    }
    log.error("Unexpected failure in {}", env.getExecutionStepInfo().getPath(), ex);
    return GraphqlErrorBuilder.newError(env)
        .errorType(ErrorType.INTERNAL_ERROR)
        .message(
            "Internal error while resolving "
                + env.getExecutionStepInfo().getPath()
                + "; see the server log.")
        .extensions(Map.of("code", "INTERNAL_ERROR"))
        .build();
  }

  /** The TIMEOUT error for a cancelled read or request, naming the limit and its value. */
  static GraphQLError timeout(GraphqlErrorBuilder<?> error, QueryTimeoutException timeout) {
    return error
        .errorType(ErrorClassification.errorClassification(ApiException.Code.TIMEOUT.name()))
        .message(timeout.getMessage())
        .extensions(
            Map.of(
                "code",
                ApiException.Code.TIMEOUT.name(),
                "limit",
                timeout.limit(),
                "max",
                timeout.budget().toString()))
        .build();
  }
}
