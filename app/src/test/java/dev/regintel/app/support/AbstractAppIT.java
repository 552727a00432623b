package dev.regintel.app.support;

import dev.regintel.app.RegintelApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The app, on the shared test Neo4j, on a random port, with the small test seed set loaded at
 * start. Every subclass shares one Spring context (same configuration), so the app starts once per
 * JVM.
 */
@SpringBootTest(
    classes = RegintelApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "regintel.seed.dir=src/test/resources/seed-small",
      "regintel.seed.autoload=true",
      "logging.level.org.neo4j=WARN"
    })
public abstract class AbstractAppIT {

  @DynamicPropertySource
  static void neo4j(DynamicPropertyRegistry registry) {
    registry.add("regintel.neo4j.uri", TestNeo4j::boltUri);
  }
}
