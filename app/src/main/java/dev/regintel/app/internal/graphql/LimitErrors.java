package dev.regintel.app.internal.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.execution.ErrorType;

/**
 * The refusal of a query over one of the {@code regintel.limits.*}: a BAD_REQUEST error whose
 * {@code extensions} say which limit ({@code limit}, the property's name), its value ({@code max})
 * and the code {@code LIMIT_EXCEEDED}.
 */
final class LimitErrors {

  static final String CODE = ApiException.Code.LIMIT_EXCEEDED.name();

  private LimitErrors() {}

  /**
   * @param limit the property under {@code regintel.limits}, e.g. {@code max-depth}
   * @param max its value
   * @param what what was over it, e.g. "Query depth 19"
   */
  static GraphQLError error(String limit, long max, String what) {
    return GraphqlErrorBuilder.newError()
        .errorType(ErrorType.BAD_REQUEST)
        .message(ApiException.overLimit(what, limit, max).getMessage())
        .extensions(Map.of("code", CODE, "limit", limit, "max", max))
        .build();
  }

  /** The same error as an exception that stops graphql-java before execution. */
  static AbortExecutionException abort(String limit, long max, String what) {
    return new AbortExecutionException(List.of(error(limit, max, what)));
  }
}
