package dev.regintel.app.support;

import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * One real Neo4j (neo4j-harness, in-process, real Bolt) per test JVM, started on first use and
 * stopped when the JVM exits. Tests that need an empty graph call {@link #clean()}.
 */
public final class TestNeo4j {

  private static Neo4j server;
  private static Driver driver;

  private TestNeo4j() {}

  public static synchronized String boltUri() {
    if (server == null) {
      server =
          Neo4jBuilders.newInProcessBuilder()
              .withDisabledServer()
              .withConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
              .withConfig(
                  GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period,
                  Duration.ofMillis(50))
              .build();
      driver = GraphDatabase.driver(server.boltURI(), AuthTokens.none());
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    driver.close();
                    server.close();
                  },
                  "test-neo4j-shutdown"));
    }
    return server.boltURI().toString();
  }

  /** A driver of the test's own, for setting up and checking the graph. */
  public static synchronized Driver driver() {
    boltUri();
    return driver;
  }

  /**
   * The harness's default database, in this JVM: what a {@code Graph} reads from without Bolt. Apps
   * the tests start on {@link #boltUri()} get it as a bean ({@link TestNeo4jDirectReads}), so their
   * reads go directly to it as the embedded server's do in production.
   */
  public static synchronized org.neo4j.graphdb.GraphDatabaseService database() {
    boltUri();
    return server.defaultDatabaseService();
  }

  /** Whether the server has been started in this JVM. */
  static synchronized boolean started() {
    return server != null;
  }

  /** Deletes every node except the schema migration records (constraints stay). */
  public static void clean() {
    driver()
        .executableQuery(
            "MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__Neo4jMigration') DETACH DELETE n")
        .execute();
  }

  /** The number of nodes and relationships, migration records left out. */
  public static long[] counts() {
    var row =
        driver()
            .executableQuery(
                """
            CALL () { MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__Neo4jMigration') RETURN count(n) AS nodes }
            CALL () { MATCH (a)-[r]->(b) WHERE none(l IN labels(a) WHERE l STARTS WITH '__Neo4jMigration') RETURN count(r) AS rels }
            RETURN nodes, rels""")
            .execute()
            .records()
            .getFirst();
    return new long[] {row.get("nodes").asLong(), row.get("rels").asLong()};
  }

  /** The shipped corpus, relative to the app module. */
  public static final java.nio.file.Path CORPUS = java.nio.file.Path.of("../seed-data");

  /** The small test set; its files refer to the corpus's jurisdictions and publishers. */
  public static final java.nio.file.Path SMALL =
      java.nio.file.Path.of("src/test/resources/seed-small");

  /**
   * Puts the graph the HTTP tests expect back in place after a test that wiped it: the corpus plus
   * the small test set.
   */
  public static void restoreStandardGraph(dev.regintel.app.ingest.SeedLoader loader) {
    clean();
    loader.load(java.util.List.of(CORPUS));
    loader.load(java.util.List.of(SMALL));
  }
}
