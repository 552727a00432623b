package dev.regintel.app.internal.neo4j;

import dev.regintel.app.internal.RegintelException;
import dev.regintel.app.internal.config.RegintelProperties;
import dev.regintel.app.internal.startup.StartupTimeline;
import dev.regintel.app.internal.startup.StartupTimeline.Phase;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.graphdb.GraphDatabaseService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Connects the app to Neo4j: to the server or cluster named by {@code regintel.neo4j.uri}, or, when
 * none is named, to an embedded server started under the data directory. Either way the app gets a
 * driver speaking Bolt and a {@link Graph} over it, so everything above this class is the same
 * code; with the embedded server the Graph reads without Bolt ({@code
 * regintel.neo4j.embedded-reads}).
 */
@Configuration(proxyBeanMethods = false)
public class Neo4jConfiguration {

  private static final Logger log = LoggerFactory.getLogger(Neo4jConfiguration.class);

  @Bean(destroyMethod = "close")
  @ConditionalOnExpression("'${regintel.neo4j.uri:}'.isBlank()")
  EmbeddedNeo4j embeddedNeo4j(RegintelProperties properties, StartupTimeline timeline) {
    RegintelProperties.Neo4j neo4j = properties.neo4j();
    return timeline.time(
        Phase.NEO4J,
        () ->
            EmbeddedNeo4j.start(
                properties.dataPath(),
                neo4j.boltPort(),
                neo4j.pageCache(),
                properties.limits().transactionTimeout()));
  }

  @Bean(destroyMethod = "close")
  Driver neo4jDriver(
      RegintelProperties properties,
      ObjectProvider<EmbeddedNeo4j> embedded,
      StartupTimeline timeline) {
    RegintelProperties.Neo4j neo4j = properties.neo4j();
    String uri;
    AuthToken auth;
    if (neo4j.embedded()) {
      EmbeddedNeo4j server = embedded.getObject();
      uri = server.boltUri();
      auth = AuthTokens.basic(BoltPassword.USER, server.password());
    } else {
      uri = neo4j.uri().trim();
      if (!uri.matches("(neo4j|bolt)(\\+s|\\+ssc)?://.+")) {
        throw new RegintelException(
            "regintel.neo4j.uri must be a neo4j://, neo4j+s://, bolt:// or bolt+s:// URI, not '"
                + uri
                + "'");
      }
      auth =
          neo4j.password() == null || neo4j.password().isEmpty()
              ? AuthTokens.none()
              : AuthTokens.basic(neo4j.user(), neo4j.password());
    }
    Config config =
        Config.builder()
            .withConnectionTimeout(neo4j.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .withUserAgent("regintel")
            .build();
    Driver driver = GraphDatabase.driver(uri, auth, config);
    try {
      String at = uri;
      timeline.time(
          Phase.NEO4J,
          () -> StartWait.verify(driver, at, neo4j.embedded() ? Duration.ZERO : neo4j.startWait()));
    } catch (RuntimeException e) {
      driver.close();
      throw e;
    }
    log.info("Connected to Neo4j at {}{}", uri, neo4j.embedded() ? " (embedded)" : "");
    return driver;
  }

  /**
   * Reads go to the embedded server without Bolt unless {@code regintel.neo4j.embedded-reads=bolt}.
   * With an external server they go over Bolt, unless the context holds that server's database as a
   * {@link GraphDatabaseService} bean because it runs in this JVM (the tests' shared server).
   */
  @Bean
  Graph graph(
      Driver driver,
      RegintelProperties properties,
      MeterRegistry registry,
      ObjectProvider<EmbeddedNeo4j> embedded,
      ObjectProvider<GraphDatabaseService> inProcess) {
    RegintelProperties.Neo4j neo4j = properties.neo4j();
    GraphDatabaseService direct = null;
    if (neo4j.embeddedReads() != RegintelProperties.Neo4j.EmbeddedReads.BOLT) {
      direct =
          neo4j.embedded()
              ? embedded.getObject().database(neo4j.database())
              : inProcess.getIfUnique();
    }
    log.info("Reads go to Neo4j {}", direct != null ? "directly, in this JVM" : "over Bolt");
    return new Graph(
        driver,
        direct,
        neo4j.database(),
        registry,
        properties.limits().readTimeout(),
        properties.limits().writeTimeout());
  }

  @Bean
  Batch batch(Graph graph) {
    return new Batch(graph);
  }

  @Bean
  SchemaMigrations schemaMigrations(
      Driver driver, RegintelProperties properties, StartupTimeline timeline) {
    SchemaMigrations migrations = new SchemaMigrations(driver, properties);
    timeline.time(Phase.SCHEMA, migrations::apply);
    return migrations;
  }
}
