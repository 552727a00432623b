package dev.regintel.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regintel.app.cli.CommandRun;
import dev.regintel.app.cli.RegintelCommand;
import dev.regintel.bench.LoadMix.Kind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LoadMixTests {

  static final LoadMix MIX =
      new LoadMix(
          List.of("ctl:a", "ctl:b"),
          List.of("dev:x"),
          List.of(Map.of("code", "ETSI EN 303 645"), Map.of("code", "NISTIR 8259")));

  @Test
  void requestsAreDrawnByTheKindsWeightsAndNameWhatTheServiceListed() {
    Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < 10_000; i++) {
      LoadMix.Request request = MIX.next(random);
      counts.merge(request.kind(), 1, Integer::sum);
      switch (request.kind()) {
        case TRACE -> assertThat(request.variables().get("id")).isIn("ctl:a", "ctl:b");
        case COVERAGE -> assertThat(request.variables()).containsEntry("id", "dev:x");
        case SEARCH -> assertThat(LoadMix.SEARCHES).contains((String) request.variables().get("q"));
        case DOCUMENT ->
            assertThat(request.variables().get("code")).isIn("ETSI EN 303 645", "NISTIR 8259");
      }
    }
    // 30/30/20/20 of 10,000, within a few per cent.
    assertThat(counts.get(Kind.TRACE)).isBetween(2700, 3300);
    assertThat(counts.get(Kind.SEARCH)).isBetween(2700, 3300);
    assertThat(counts.get(Kind.DOCUMENT)).isBetween(1700, 2300);
    assertThat(counts.get(Kind.COVERAGE)).isBetween(1700, 2300);
  }

  @Test
  void anEmptyServiceIsRefusedWithWhatItLacks() {
    assertThatThrownBy(() -> new LoadMix(List.of("ctl:a"), List.of(), List.of(Map.of())))
        .hasMessageContaining("no devices");
  }

  @Test
  void badCountsAreUsageErrors() {
    CommandRun clients =
        CommandRun.of(
            RegintelCommand.commandLine(new BenchCommand()), "bench", "load", "--clients", "0");
    CommandRun seconds =
        CommandRun.of(
            RegintelCommand.commandLine(new BenchCommand()), "bench", "load", "--seconds", "99999");
    assertThat(clients.status()).isEqualTo(2);
    assertThat(clients.err()).contains("--clients");
    assertThat(seconds.status()).isEqualTo(2);
    assertThat(seconds.err()).contains("--seconds");
  }
}
