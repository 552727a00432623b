package dev.regintel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatenciesTests {

  @Test
  void percentilesAreNearestRankInMilliseconds() {
    long[] nanos = LongStream.rangeClosed(1, 100).map(ms -> (101 - ms) * 1_000_000).toArray();
    Latencies l = Latencies.of(nanos);
    assertThat(l.requests()).isEqualTo(100);
    assertThat(l.p50()).isEqualTo(50.0);
    assertThat(l.p95()).isEqualTo(95.0);
    assertThat(l.p99()).isEqualTo(99.0);
    assertThat(l.mean()).isEqualTo(50.5);
    assertThat(l.max()).isEqualTo(100.0);
  }

  @Test
  void oneRequestIsEveryPercentile() {
    Latencies l = Latencies.of(new long[] {2_345_678});
    assertThat(l.p50()).isEqualTo(2.346);
    assertThat(l.p99()).isEqualTo(2.346);
  }

  @Test
  void noRequestsGiveZeros() {
    assertThat(Latencies.of(new long[0])).isEqualTo(new Latencies(0, 0, 0, 0, 0, 0));
  }
}
