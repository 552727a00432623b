package dev.regintel.app.internal.neo4j;

import dev.regintel.app.internal.RegintelException;
import java.time.Duration;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryState;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;

/**
 * Start-up against a Neo4j server that may not answer yet (started at the same time, restarting,
 * failing over): the connection is tried again with a growing pause until the server answers or the
 * wait is over. Only an unreachable server is waited for; a wrong password or URI fails at once.
 */
final class StartWait {

  private static final Logger log = LoggerFactory.getLogger(StartWait.class);

  private StartWait() {}

  /**
   * Returns once {@code driver} reaches its server.
   *
   * @param wait how long to keep trying an unreachable server; zero tries once
   * @throws RegintelException naming the URI and the last failure when the server is not reached
   */
  static void verify(Driver driver, String uri, Duration wait) {
    RetryPolicy.Builder policy =
        RetryPolicy.builder()
            .includes(ServiceUnavailableException.class)
            .delay(Duration.ofMillis(500))
            .multiplier(2)
            .maxDelay(Duration.ofSeconds(5));
    if (wait.isZero() || wait.isNegative()) {
      policy.maxRetries(0);
    } else {
      policy.maxRetries(Long.MAX_VALUE).timeout(wait);
    }
    RetryTemplate retry = new RetryTemplate(policy.build());
    retry.setRetryListener(
        new RetryListener() {
          @Override
          public void onRetryFailure(RetryPolicy p, Retryable<?> r, Throwable failure) {
            log.warn(
                "Neo4j at {} does not answer yet ({}); waiting up to {} in all",
                uri,
                failure.getMessage(),
                wait);
          }

          @Override
          public void beforeRetry(RetryPolicy p, Retryable<?> r, RetryState state) {
            log.debug("Trying Neo4j at {} again (retry {})", uri, state.getRetryCount());
          }
        });
    try {
      retry.execute(
          () -> {
            driver.verifyConnectivity();
            return null;
          });
    } catch (RetryException e) {
      Throwable last = e.getLastException() == null ? e : e.getLastException();
      String waited =
          wait.isZero() || wait.isNegative() || !(last instanceof ServiceUnavailableException)
              ? ""
              : " within " + wait.toSeconds() + " s (regintel.neo4j.start-wait)";
      throw new RegintelException(
          "Cannot reach Neo4j at " + uri + waited + ": " + last.getMessage(), last);
    }
  }
}
