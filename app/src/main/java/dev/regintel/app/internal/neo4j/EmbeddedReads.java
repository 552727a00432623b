package dev.regintel.app.internal.neo4j;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.DatabaseException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.driver.internal.InternalRecord;
import org.neo4j.driver.internal.util.QueryKeys;
import org.neo4j.graphdb.DatabaseShutdownException;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.SecurityContext;
import org.neo4j.internal.kernel.api.security.StaticAccessMode;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.api.exceptions.Status;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Reads from a database that runs in this JVM without going through Bolt: each read is one
 * read-only embedded transaction with the given timeout, and its rows come back as the driver's
 * {@link Record}s ({@link DriverValues}), so a caller cannot tell which way a read went. Errors
 * come back as the driver's exceptions with Neo4j's status code (a transaction past its timeout as
 * a {@link ClientException} coded {@code Neo.ClientError.Transaction.TransactionTimedOut...}, a
 * transient failure as a {@link TransientException}, a stopped database as a {@link
 * ServiceUnavailableException}), so {@link Graph} treats them as it treats the same errors from
 * Bolt.
 */
final class EmbeddedReads {

  private final GraphDatabaseService database;
  private final SecurityContext readOnly;

  EmbeddedReads(GraphDatabaseService database) {
    this.database = database;
    // What a READ session over Bolt gets: a write in a read is refused.
    this.readOnly =
        SecurityContext.authDisabled(
            StaticAccessMode.READ,
            ClientConnectionInfo.EMBEDDED_CONNECTION,
            database.databaseName());
  }

  /** Runs one read in its own transaction of at most {@code timeout} and returns all its rows. */
  List<Record> read(String cypher, Map<String, Object> parameters, Duration timeout) {
    try (Transaction tx = begin(timeout)) {
      List<Record> records = new ArrayList<>();
      try (Result result = tx.execute(cypher, parameters(parameters))) {
        List<String> columns = result.columns();
        QueryKeys keys = new QueryKeys(columns);
        int width = columns.size();
        result.accept(
            row -> {
              List<Value> values = new ArrayList<>(width);
              for (int i = 0; i < width; i++) {
                values.add(DriverValues.value(row.get(columns.get(i))));
              }
              records.add(new InternalRecord(keys, values));
              return true;
            });
      }
      tx.commit();
      return records;
    } catch (Neo4jException e) {
      throw e; // made by the driver's own conversions
    } catch (RuntimeException e) {
      throw driverException(e);
    }
  }

  private Transaction begin(Duration timeout) {
    long millis = Math.max(1, timeout.toMillis());
    if (database instanceof GraphDatabaseAPI api) {
      return api.beginTransaction(
          KernelTransaction.Type.EXPLICIT,
          readOnly,
          ClientConnectionInfo.EMBEDDED_CONNECTION,
          millis,
          TimeUnit.MILLISECONDS);
    }
    return database.beginTx(millis, TimeUnit.MILLISECONDS);
  }

  /**
   * The parameters as the embedded database takes them. The driver accepts any collection as a list
   * and its own values; the embedded database takes lists and plain Java values.
   */
  private static Map<String, Object> parameters(Map<String, Object> parameters) {
    if (parameters == null || parameters.isEmpty()) {
      return Map.of();
    }
    boolean plain = true;
    for (Object v : parameters.values()) {
      if (!(v == null || v instanceof String || v instanceof Number || v instanceof Boolean)) {
        plain = false;
        break;
      }
    }
    if (plain) {
      return parameters;
    }
    Map<String, Object> converted = new HashMap<>(parameters.size() * 2);
    parameters.forEach((k, v) -> converted.put(k, parameter(v)));
    return converted;
  }

  private static Object parameter(Object v) {
    return switch (v) {
      case null -> null;
      case Value value -> parameter(value.asObject());
      case java.lang.Record record -> parameter(org.neo4j.driver.Values.value(record).asMap());
      case Map<?, ?> map -> {
        Map<String, Object> m = new HashMap<>(map.size() * 2);
        map.forEach((k, x) -> m.put(String.valueOf(k), parameter(x)));
        yield m;
      }
      case Collection<?> c -> {
        List<Object> list = new ArrayList<>(c.size());
        c.forEach(x -> list.add(parameter(x)));
        yield list;
      }
      case Enum<?> e -> e.name();
      default -> v;
    };
  }

  /** The driver's exception for an embedded one, with the status code Bolt would have sent. */
  static Neo4jException driverException(RuntimeException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof DatabaseShutdownException) {
      return new ServiceUnavailableException(message, e);
    }
    String code = statusCode(e);
    if (code == null) {
      code = Status.General.UnknownError.code().serialize();
    } else if (code.equals(Status.General.DatabaseUnavailable.code().serialize())) {
      return new ServiceUnavailableException(message, e);
    }
    String gql = "50N42"; // general processing exception; only the code matters here
    Neo4jException mapped;
    if (code.startsWith("Neo.TransientError.")) {
      mapped = new TransientException(gql, message, code, message, Map.of(), e);
    } else if (code.startsWith("Neo.ClientError.")) {
      mapped = new ClientException(gql, message, code, message, Map.of(), e);
    } else {
      mapped = new DatabaseException(gql, message, code, message, Map.of(), e);
    }
    return mapped;
  }

  /** Neo4j's status code of the error or of the first of its causes that has one. */
  static String statusCode(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof QueryExecutionException q && q.getStatusCode() != null) {
        return q.getStatusCode();
      }
      if (t instanceof Status.HasStatus s && s.status() != null) {
        return s.status().code().serialize();
      }
    }
    return null;
  }
}
