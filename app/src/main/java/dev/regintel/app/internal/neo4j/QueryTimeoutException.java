package dev.regintel.app.internal.neo4j;

import dev.regintel.app.internal.RegintelException;
import java.time.Duration;

/** Neo4j cancelled a transaction that ran past its time budget ({@code regintel.limits.*}). */
public final class QueryTimeoutException extends RegintelException {

  private final String limit;
  private final Duration budget;

  QueryTimeoutException(String limit, Duration budget, Throwable cause) {
    super(
        "The query ran past its time budget of "
            + budget.toMillis()
            + " ms (regintel.limits."
            + limit
            + ") and was cancelled.",
        cause);
    this.limit = limit;
    this.budget = budget;
  }

  /** The property's name under {@code regintel.limits}, e.g. {@code read-timeout}. */
  public String limit() {
    return limit;
  }

  public Duration budget() {
    return budget;
  }
}
