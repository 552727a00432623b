package dev.regintel.app.support;

import org.neo4j.graphdb.GraphDatabaseService;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Hands an app started in a test on the shared {@link TestNeo4j} its database, so the app's {@code
 * Graph} reads from it without Bolt, as it reads from its embedded server in production ({@code
 * regintel.neo4j.embedded-reads}). Registered for every app started in the test JVM
 * (META-INF/spring/...AutoConfiguration.imports under src/test/resources); it applies only when the
 * app's {@code regintel.neo4j.uri} is the shared server's.
 */
@AutoConfiguration
@Conditional(TestNeo4jDirectReads.OnTestNeo4j.class)
public class TestNeo4jDirectReads {

  @Bean
  GraphDatabaseService testNeo4jDatabase() {
    return TestNeo4j.database();
  }

  static final class OnTestNeo4j implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      String uri = context.getEnvironment().getProperty("regintel.neo4j.uri");
      return uri != null && TestNeo4j.started() && uri.equals(TestNeo4j.boltUri());
    }
  }
}
