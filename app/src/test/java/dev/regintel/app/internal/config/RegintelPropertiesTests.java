package dev.regintel.app.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Settings bind through the record's components, with their documented defaults. */
class RegintelPropertiesTests {

  static RegintelProperties bind(Map<String, String> settings) {
    return new Binder(new MapConfigurationPropertySource(settings))
        .bindOrCreate("regintel", RegintelProperties.class);
  }

  @Test
  void theParsedQueryCacheIsSetOrTakesItsDefault() {
    assertThat(
            bind(Map.of("regintel.graphql.parsed-query-cache", "25")).graphql().parsedQueryCache())
        .isEqualTo(25);
    RegintelProperties defaults = bind(Map.of("regintel.data-dir", "elsewhere"));
    assertThat(defaults.graphql().parsedQueryCache()).isEqualTo(1000);
    assertThat(defaults.dataDir()).isEqualTo("elsewhere");
    assertThat(defaults.seed().autoload()).isTrue();
  }

  @Test
  void theTraceWalkIsTheIndexUnlessSetToCypher() {
    assertThat(bind(Map.of("regintel.data-dir", "data")).trace().walk())
        .isEqualTo(RegintelProperties.Trace.Walk.INDEX);
    assertThat(bind(Map.of("regintel.trace.walk", "cypher")).trace().walk())
        .isEqualTo(RegintelProperties.Trace.Walk.CYPHER);
    assertThatThrownBy(() -> bind(Map.of("regintel.trace.walk", "graph")))
        .isInstanceOf(BindException.class);
  }

  @Test
  void aNegativeParsedQueryCacheIsRefused() {
    assertThatThrownBy(() -> bind(Map.of("regintel.graphql.parsed-query-cache", "-1")))
        .isInstanceOf(BindException.class)
        .rootCause()
        .hasMessageContaining("must not be negative");
  }

  @Test
  void limitsAreSetOrTakeTheirDocumentedDefaults() {
    assertThat(bind(Map.of()).limits()).isEqualTo(RegintelProperties.Limits.DEFAULTS);
    RegintelProperties.Limits set =
        bind(Map.of("regintel.limits.max-depth", "7", "regintel.limits.read-timeout", "2s"))
            .limits();
    assertThat(set.maxDepth()).isEqualTo(7);
    assertThat(set.readTimeout()).hasSeconds(2);
    assertThat(set.transactionTimeout()).isEqualTo(set.writeTimeout());
  }

  @Test
  void aZeroDepthLimitIsRefused() {
    assertThatThrownBy(() -> bind(Map.of("regintel.limits.max-depth", "0")))
        .isInstanceOf(BindException.class)
        .rootCause()
        .hasMessageContaining("regintel.limits.max-depth must be at least 1");
  }
}
