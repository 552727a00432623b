package dev.regintel.app.internal.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.DatabaseException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.RetryableException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.graphdb.DatabaseShutdownException;
import org.neo4j.graphdb.TransactionTerminatedException;
import org.neo4j.graphdb.TransientTransactionFailureException;
import org.neo4j.kernel.api.exceptions.Status;

/**
 * An embedded error comes back as the driver's exception for the same status code, so {@link Graph}
 * retries, times out and reports unavailability as it does for errors that came over Bolt.
 */
class EmbeddedReadsTest {

  @Test
  void aTimedOutTransactionIsAClientErrorThatGraphReadsAsATimeout() {
    Neo4jException e =
        EmbeddedReads.driverException(
            new TransactionTerminatedException(
                null, Status.Transaction.TransactionTimedOutClientConfiguration));
    assertThat(e).isInstanceOf(ClientException.class);
    assertThat(e.code())
        .isEqualTo("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration");
    assertThat(Graph.timedOut(e)).isTrue();
  }

  @Test
  void aTransientFailureIsRetryable() {
    Neo4jException e =
        EmbeddedReads.driverException(TransientTransactionFailureException.outdatedRead());
    assertThat(e).isInstanceOf(RetryableException.class);
    assertThat(e.code()).startsWith("Neo.TransientError.");
    assertThat(Graph.timedOut(e)).isFalse();
  }

  @Test
  void aStoppedDatabaseIsUnavailable() {
    assertThat(EmbeddedReads.driverException(DatabaseShutdownException.databaseUnavailable("x")))
        .isInstanceOf(ServiceUnavailableException.class);
  }

  @Test
  void anErrorWithoutAStatusIsADatabaseErrorThatKeepsItsCause() {
    IllegalStateException cause = new IllegalStateException("broken");
    Neo4jException e = EmbeddedReads.driverException(cause);
    assertThat(e).isInstanceOf(DatabaseException.class).hasMessage("broken").hasCause(cause);
    assertThat(e.code()).isEqualTo("Neo.DatabaseError.General.UnknownError");
  }
}
