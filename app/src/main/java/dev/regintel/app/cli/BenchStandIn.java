package dev.regintel.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code regintel bench} as the service's jar knows it: listed in the help, and when run, saying
 * where the benchmarks are. They live in the bench module's jar, not in the service's; there, the
 * real {@code bench} takes this one's place ({@link RegintelCommand#commandLine}).
 */
@Command(
    name = "bench",
    description =
        "run a benchmark (trace, search, load, products or start); ./regintel runs it from the bench module's"
            + " jar")
final class BenchStandIn implements Callable<Integer> {

  static final String WHERE =
      "the benchmarks are not in the service's jar but in the bench module's:"
          + " run ./regintel bench ..., which builds and starts bench/target/regintel-bench.jar";

  @Spec CommandSpec spec;

  /** Whatever follows {@code bench}: any of it gets the same answer. */
  @Unmatched List<String> arguments;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println(spec.qualifiedName() + ": " + WHERE);
    return spec.exitCodeOnInvalidInput();
  }
}
