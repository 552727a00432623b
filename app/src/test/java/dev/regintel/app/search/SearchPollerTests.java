package dev.regintel.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SearchPollerTests {

  @Test
  void itPollsEveryIntervalUntilClosedAndKeepsTryingAfterAFailure() throws InterruptedException {
    AtomicInteger calls = new AtomicInteger();
    CountDownLatch three = new CountDownLatch(3);
    SearchPoller poller =
        new SearchPoller(
            () -> {
              calls.incrementAndGet();
              three.countDown();
              if (calls.get() == 1) {
                throw new IllegalStateException("Neo4j is away");
              }
            },
            Duration.ofMillis(20));
    poller.start();
    assertThat(three.await(10, TimeUnit.SECONDS)).as("three polls, the first failing").isTrue();
    poller.close();
    int afterClose = calls.get();
    Thread.sleep(200);
    assertThat(calls.get()).isLessThanOrEqualTo(afterClose + 1);
  }

  @Test
  void aZeroIntervalNeverPolls() throws InterruptedException {
    AtomicInteger calls = new AtomicInteger();
    SearchPoller poller = new SearchPoller(calls::incrementAndGet, Duration.ZERO);
    poller.start();
    Thread.sleep(100);
    poller.close();
    assertThat(calls).hasValue(0);
  }
}
