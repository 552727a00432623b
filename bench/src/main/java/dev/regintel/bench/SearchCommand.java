package dev.regintel.bench;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code regintel bench search}: runs {@link SearchBenchmark}, prints its table, writes its JSON.
 */
@Command(
    name = "search",
    header = "time the search index's build and a mix of searches",
    description = {
      "Loads the glossary (seed-data/glossary) too, rebuilds the search index (items per second,"
          + " size on disk), then times a fixed mix of English, Japanese, mixed and code searches"
          + " over GraphQL and in process: latencies per query class."
    })
final class SearchCommand implements Callable<Integer> {

  @Mixin BenchArguments arguments;

  @Override
  public Integer call() {
    BenchOptions options = arguments.options();
    SearchBenchReport report = new SearchBenchmark(options, System.out).run();
    report.print(System.out);
    return arguments.finish(report.toJson(), report.errors().count());
  }
}
