package dev.regintel.app.internal.graphql;

import dev.regintel.app.internal.config.RegintelProperties;
import dev.regintel.app.internal.neo4j.QueryTimeoutException;
import dev.regintel.app.internal.neo4j.RequestDeadline;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The time budget of one GraphQL request ({@code regintel.limits.request-timeout}), counted from
 * the start of its execution. Every field that fetches data runs under the request's {@link
 * RequestDeadline}: one that would start past it gets a TIMEOUT error naming the limit, and the
 * Neo4j reads it sends are cancelled by Neo4j when the time is up. A deep or wide query thus ends
 * within its budget even when each of its reads is within its own.
 */
@Component
@Order(10)
class RequestBudget implements Instrumentation {

  private final Duration budget;

  RequestBudget(RegintelProperties properties) {
    this.budget = properties.limits().requestTimeout();
  }

  /** When the request's execution started, the request, and why it was cancelled, if it was. */
  private static final class Started implements InstrumentationState {
    final long nanos = System.nanoTime();
    final ExecutionInput input;
    final AtomicReference<QueryTimeoutException> expired = new AtomicReference<>();

    Started(ExecutionInput input) {
      this.input = input;
    }
  }

  @Override
  public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
    return new Started(parameters.getExecutionInput());
  }

  /**
   * A request cancelled past its budget is answered with the one TIMEOUT error, not graphql-java's
   * "asked to be cancelled" nor the partial data.
   */
  @Override
  public CompletableFuture<ExecutionResult> instrumentExecutionResult(
      ExecutionResult result,
      InstrumentationExecutionParameters parameters,
      InstrumentationState state) {
    if (state instanceof Started started && started.expired.get() != null) {
      return CompletableFuture.completedFuture(
          ExecutionResult.newExecutionResult()
              .addError(ApiErrors.timeout(GraphqlErrorBuilder.newError(), started.expired.get()))
              .build());
    }
    return CompletableFuture.completedFuture(result);
  }

  @Override
  public DataFetcher<?> instrumentDataFetcher(
      DataFetcher<?> fetcher,
      InstrumentationFieldFetchParameters parameters,
      InstrumentationState state) {
    if (!(state instanceof Started started) || parameters.isTrivialDataFetcher()) {
      return fetcher;
    }
    return environment -> {
      try {
        return RequestDeadline.run(started.nanos, budget, () -> fetcher.get(environment));
      } catch (QueryTimeoutException e) {
        // No field starts after this one: graphql-java stops dispatching a cancelled request.
        started.expired.compareAndSet(null, e);
        started.input.cancel();
        throw e;
      }
    };
  }
}
