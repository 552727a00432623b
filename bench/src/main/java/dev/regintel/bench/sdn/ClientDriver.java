package dev.regintel.bench.sdn;

import dev.regintel.bench.driver.Proxies;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.summary.ResultSummary;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring Data Neo4j's {@link Neo4jClient} behind the part of the driver's API that the app's {@code
 * Graph.write} uses: a write transaction is a Spring transaction of SDN's transaction manager, and
 * each statement the app's writing layer runs in it goes through {@code
 * Neo4jClient.query(cypher).bindAll(parameters).run()}. So the writing layer runs unchanged, with
 * its own batched statements, and Neo4jClient in place of the driver. Only what a product write
 * needs is there, running a statement for its summary; anything else fails.
 */
final class ClientDriver {

  private static final String WHY = "not needed by a product write";

  private ClientDriver() {}

  /**
   * A driver for {@code Graph} whose write transactions go through {@code client}, in transactions
   * of {@code transactions}; {@code driver} (the one SDN runs on) answers the rest.
   */
  static Driver over(Driver driver, Neo4jClient client, PlatformTransactionManager transactions) {
    TransactionTemplate template = new TransactionTemplate(transactions);
    TransactionContext context =
        Proxies.of(
            TransactionContext.class,
            (method, args) -> {
              if (method.getName().equals("run")
                  && args.length == 2
                  && args[0] instanceof String cypher
                  && args[1] instanceof Map<?, ?> parameters) {
                @SuppressWarnings("unchecked")
                Map<String, Object> named = (Map<String, Object>) parameters;
                ResultSummary summary = client.query(cypher).bindAll(named).run();
                return Proxies.of(Result.class, (m, a) -> consumed(m, summary));
              }
              throw Proxies.unsupported(method, WHY);
            });
    Session session =
        Proxies.of(
            Session.class,
            (method, args) ->
                switch (method.getName()) {
                  case "executeWrite" ->
                      template.execute(s -> ((TransactionCallback<?>) args[0]).execute(context));
                  case "lastBookmarks" -> Set.of();
                  case "close" -> null;
                  default -> throw Proxies.unsupported(method, WHY);
                });
    return Proxies.of(
        Driver.class,
        (method, args) ->
            switch (method.getName()) {
              case "session" -> session;
              case "close" -> null;
              default -> Proxies.invoke(method, driver, args);
            });
  }

  private static Object consumed(Method method, ResultSummary summary) {
    if (method.getName().equals("consume")) {
      return summary;
    }
    throw Proxies.unsupported(method, WHY);
  }
}
