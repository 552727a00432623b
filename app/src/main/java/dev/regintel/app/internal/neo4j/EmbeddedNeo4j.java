package dev.regintel.app.internal.neo4j;

import dev.regintel.app.internal.RegintelException;
import dev.regintel.app.internal.config.RegintelProperties;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.commandline.admin.security.SetInitialPasswordCommand;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j Community server running inside this JVM, with its store under {@code <data>/neo4j} and
 * Bolt bound to the loopback interface only, with authentication on: the {@code neo4j} user's
 * password is generated on the first start and kept in the data directory ({@link BoltPassword}).
 * The app writes to it through the ordinary driver over Bolt, exactly as to an external server;
 * {@link Graph} reads it in process ({@link #database(String)}) unless told to read over Bolt too.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

  private final DataDirectoryLock lock;
  private final DatabaseManagementService dbms;
  private final String boltUri;
  private final String password;

  private EmbeddedNeo4j(
      DataDirectoryLock lock, DatabaseManagementService dbms, String boltUri, String password) {
    this.lock = lock;
    this.dbms = dbms;
    this.boltUri = boltUri;
    this.password = password;
  }

  /**
   * Locks the data directory and starts Neo4j in it.
   *
   * @param dataDir the regintel data directory
   * @param boltPort the Bolt port on 127.0.0.1, or 0 for any free port
   * @param pageCache the page cache size, e.g. {@code 256m}
   */
  public static EmbeddedNeo4j start(Path dataDir, int boltPort, String pageCache) {
    return start(
        dataDir, boltPort, pageCache, RegintelProperties.Limits.DEFAULTS.transactionTimeout());
  }

  /**
   * Locks the data directory and starts Neo4j in it.
   *
   * @param dataDir the regintel data directory
   * @param boltPort the Bolt port on 127.0.0.1, or 0 for any free port
   * @param pageCache the page cache size, e.g. {@code 256m}
   * @param transactionTimeout {@code db.transaction.timeout}: Neo4j ends any transaction that runs
   *     longer, whoever sent it
   */
  public static EmbeddedNeo4j start(
      Path dataDir, int boltPort, String pageCache, Duration transactionTimeout) {
    DataDirectoryLock lock = DataDirectoryLock.acquire(dataDir);
    Path home = dataDir.resolve("neo4j").toAbsolutePath();
    long started = System.nanoTime();
    DatabaseManagementService dbms;
    try {
      setInitialPassword(home, dataDir);
      dbms =
          new DatabaseManagementServiceBuilder(home)
              .setConfig(BoltConnector.enabled, true)
              .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
              .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
              .setConfig(HttpConnector.enabled, false)
              .setConfig(HttpsConnector.enabled, false)
              .setConfig(GraphDatabaseSettings.auth_enabled, true)
              // No usage reports: this machine may have no internet, and the user did not ask.
              .setConfig(GraphDatabaseSettings.udc_enabled, false)
              .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
              .setConfig(GraphDatabaseSettings.transaction_timeout, transactionTimeout)
              .setConfig(
                  GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period,
                  Duration.ofMillis(100))
              .setConfig(
                  GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
              .build();
    } catch (RuntimeException e) {
      closeQuietly(lock);
      throw new RegintelException("Neo4j could not start in " + home + ": " + rootMessage(e), e);
    }
    try {
      GraphDatabaseAPI system =
          (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
      String password = password(dataDir, system);
      // Read once, when the system database was created; no copy of the hash is left behind.
      Files.deleteIfExists(initialUsers(home));
      var address =
          system
              .getDependencyResolver()
              .resolveDependency(ConnectorPortRegister.class)
              .getLocalAddress(ConnectorType.BOLT);
      String uri = "bolt://127.0.0.1:" + address.getPort();
      log.info(
          "Embedded Neo4j started in {} ms, store {}, Bolt {}",
          (System.nanoTime() - started) / 1_000_000,
          home,
          uri);
      return new EmbeddedNeo4j(lock, dbms, uri, password);
    } catch (IOException | RuntimeException e) {
      dbms.shutdown();
      closeQuietly(lock);
      throw new RegintelException(
          "Neo4j started but its Bolt port or password could not be set up: " + e.getMessage(), e);
    }
  }

  /**
   * On a new store, has Neo4j create its {@code neo4j} user with the stored password (what {@code
   * neo4j-admin dbms set-initial-password} does), so Bolt never accepts Neo4j's initial login, not
   * even in the moment between the first start and a password change.
   */
  /** Where {@code set-initial-password} leaves the user for a new store's first start. */
  static Path initialUsers(Path home) {
    return home.resolve("data").resolve("dbms").resolve("auth.ini");
  }

  static void setInitialPassword(Path home, Path dataDir) {
    if (Files.exists(home.resolve("data").resolve("databases").resolve("system"))) {
      return;
    }
    String password = BoltPassword.readOrCreate(dataDir).password();
    StringWriter err = new StringWriter();
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    var context =
        new ExecutionContext(
            home, home.resolve("conf"), quiet, quiet, new DefaultFileSystemAbstraction());
    int status =
        new picocli.CommandLine(new SetInitialPasswordCommand(context))
            .setErr(new PrintWriter(err))
            // "--" ends the options: a generated password may start with a dash.
            .execute("--require-password-change=false", "--", password);
    if (status != 0) {
      throw new RegintelException(
          "Could not set the initial Bolt password of the new store in " + home + ": " + err);
    }
  }

  /**
   * The stored password, set as the {@code neo4j} user's when it was generated just now or the
   * store still has Neo4j's initial one (a store made before authentication was on, or a store
   * deleted without its password file). Embedded transactions are not authenticated, so this works
   * whatever the user's current password is.
   */
  private static String password(Path dataDir, GraphDatabaseAPI system) {
    BoltPassword.Stored stored = BoltPassword.readOrCreate(dataDir);
    boolean initial =
        system.executeTransactionally(
            "SHOW USERS YIELD user, passwordChangeRequired WHERE user = $user"
                + " RETURN passwordChangeRequired",
            Map.of("user", BoltPassword.USER),
            result -> !result.hasNext() || (Boolean) result.next().get("passwordChangeRequired"));
    if (stored.created() || initial) {
      system.executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
          Map.of("password", stored.password()));
    }
    return stored.password();
  }

  /** The Bolt URI of this server, e.g. {@code bolt://127.0.0.1:40123}. */
  public String boltUri() {
    return boltUri;
  }

  /**
   * The database named {@code name} (the default database when blank), to run transactions in
   * without Bolt.
   */
  public GraphDatabaseService database(String name) {
    return dbms.database(
        name == null || name.isBlank() ? GraphDatabaseSettings.DEFAULT_DATABASE_NAME : name);
  }

  /** The password of the {@code neo4j} user ({@link BoltPassword#USER}). */
  public String password() {
    return password;
  }

  @Override
  public void close() {
    long started = System.nanoTime();
    try {
      dbms.shutdown();
    } finally {
      closeQuietly(lock);
    }
    log.info("Embedded Neo4j stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
  }

  private static void closeQuietly(DataDirectoryLock lock) {
    try {
      lock.close();
    } catch (IOException e) {
      log.warn("Could not release the data directory lock: {}", e.getMessage());
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
