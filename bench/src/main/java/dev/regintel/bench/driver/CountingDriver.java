package dev.regintel.bench.driver;

import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionContext;

/**
 * A driver that counts what goes through it: statements (every {@code run}, in a transaction or
 * auto-commit) and transactions (every {@code beginTransaction}, every try of a transaction
 * function, every auto-commit statement). Over Bolt a statement is one round trip, and a
 * transaction adds its commit; so these counts are the round trips of whoever uses the driver,
 * whether it is the app's {@code Graph} or Spring Data Neo4j.
 */
public final class CountingDriver {

  private final AtomicLong statements = new AtomicLong();
  private final AtomicLong transactions = new AtomicLong();
  private final Driver driver;

  /** Counts what goes through {@link #driver()} to {@code driver}. */
  public CountingDriver(Driver driver) {
    this.driver = wrap(Driver.class, driver);
  }

  /** The counting driver; closing it closes the one it wraps. */
  public Driver driver() {
    return driver;
  }

  /** Statements run so far. */
  public long statements() {
    return statements.get();
  }

  /** Transactions begun so far. */
  public long transactions() {
    return transactions.get();
  }

  private <T> T wrap(Class<T> type, T target) {
    return Proxies.of(type, (method, args) -> call(target, method, args));
  }

  private Object call(Object target, Method method, Object[] args) throws Throwable {
    String name = method.getName();
    if (name.equals("run")) {
      statements.incrementAndGet();
      if (target instanceof Session) {
        transactions.incrementAndGet();
      }
    } else if (name.equals("beginTransaction")) {
      transactions.incrementAndGet();
    }
    for (int i = 0; i < args.length; i++) {
      args[i] = counted(args[i]);
    }
    return counted(Proxies.invoke(method, target, args));
  }

  /** A session, transaction or transaction function that counts, else {@code value} itself. */
  @SuppressWarnings("unchecked")
  private Object counted(Object value) {
    return switch (value) {
      case Session s -> wrap(Session.class, s);
      case Transaction t -> wrap(Transaction.class, t);
      case TransactionContext t -> wrap(TransactionContext.class, t);
      case TransactionCallback<?> work ->
          (TransactionCallback<Object>)
              tx -> {
                transactions.incrementAndGet();
                return work.execute(wrap(TransactionContext.class, tx));
              };
      case Consumer<?> work ->
          (Consumer<TransactionContext>)
              tx -> {
                transactions.incrementAndGet();
                ((Consumer<TransactionContext>) work).accept(wrap(TransactionContext.class, tx));
              };
      case null, default -> value;
    };
  }
}
