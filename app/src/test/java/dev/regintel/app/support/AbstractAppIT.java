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
      "regintel.seed.dir=../seed-data",
      "regintel.seed.autoload=true",
      // Tests wipe and reload the shared graph from their own JVM-wide driver; a poller rebuilding
      // the index in between would race them. SearchIT calls the poller itself.
      "regintel.search.poll-interval=0",
      "logging.level.org.neo4j=WARN"
    })
public abstract class AbstractAppIT {

  @org.springframework.beans.factory.annotation.Autowired
  protected dev.regintel.app.ingest.SeedLoader seedLoader;

  /** Adds the small test set when it is missing (cheap when present: one lookup). */
  @org.junit.jupiter.api.BeforeEach
  void smallTestSet() {
    boolean present =
        !TestNeo4j.driver()
            .executableQuery("MATCH (d:Document {id: 'doc:test-standard:v2'}) RETURN d")
            .execute()
            .records()
            .isEmpty();
    if (!present) {
      var report = seedLoader.load(java.util.List.of(TestNeo4j.SMALL));
      org.assertj.core.api.Assertions.assertThat(report.problems()).isEmpty();
    }
  }

  @DynamicPropertySource
  static void neo4j(DynamicPropertyRegistry registry) {
    registry.add("regintel.neo4j.uri", TestNeo4j::boltUri);
  }
}
