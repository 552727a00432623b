package dev.regintel.app.internal.startup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.internal.startup.StartupTimeline.Phase;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StartupTimelineTests {

  @Test
  void phasesAddUpAndSpringIsWhatNeo4jAndTheSchemaLeaveOfTheContextsStart() throws Exception {
    StartupTimeline timeline = new StartupTimeline();
    StartupTimeline.mainStarted();
    timeline.time(Phase.NEO4J, () -> sleep(30));
    timeline.time(Phase.NEO4J, () -> sleep(10));
    String version = timeline.time(Phase.SCHEMA, () -> "0007");
    sleep(20);
    timeline.started();
    timeline.time(Phase.SEED, () -> sleep(15));

    Map<Phase, Long> phases = timeline.phases(System.nanoTime());

    assertThat(version).isEqualTo("0007");
    assertThat(phases.keySet()).containsExactly(Phase.values());
    assertThat(phases.get(Phase.NEO4J)).isGreaterThanOrEqualTo(40);
    assertThat(phases.get(Phase.SPRING)).isGreaterThanOrEqualTo(20);
    assertThat(phases.get(Phase.SEED)).isGreaterThanOrEqualTo(15);
    assertThat(phases.get(Phase.INDEX)).isZero();
    assertThat(phases.get(Phase.TOTAL))
        .isGreaterThanOrEqualTo(
            phases.get(Phase.JVM)
                + phases.get(Phase.NEO4J)
                + phases.get(Phase.SCHEMA)
                + phases.get(Phase.SPRING)
                + phases.get(Phase.SEED));
  }

  @Test
  void theLogLineNamesEveryPhaseInOrder() {
    Map<Phase, Long> phases = new java.util.EnumMap<>(Phase.class);
    long ms = 1;
    for (Phase p : Phase.values()) {
      phases.put(p, ms++);
    }
    assertThat(StartupTimeline.line(phases))
        .isEqualTo("jvm=1 neo4j=2 schema=3 spring=4 seed=5 index=6 total=7");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
