package dev.regintel.bench;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code regintel bench trace}: runs {@link TraceBenchmark}, prints its table, writes its JSON. */
@Command(
    name = "trace",
    header = "time trace, coverage and raw Cypher, and the load rate",
    description = {
      "Trace and coverage over GraphQL and trace as raw Cypher: latencies (p50, p95, p99, mean),"
          + " round trips, hits per trace, and the load rate. The service runs in a JVM of its"
          + " own, started from the service's jar as serve starts it."
    })
final class TraceCommand implements Callable<Integer> {

  @Mixin BenchArguments arguments;

  @Override
  public Integer call() {
    BenchOptions options = arguments.options();
    BenchReport report = new TraceBenchmark(options, System.out).run();
    report.print(System.out);
    return arguments.finish(report.toJson(), report.errors().count());
  }
}
