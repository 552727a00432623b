package dev.regintel.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code regintel bench} as the service's jar knows it: the benchmarks live in the bench module's
 * jar, not in the service's, whose {@code bench} command takes this one's place. Here it is listed
 * in the help and, when run, says where the benchmarks are.
 */
@Command(
    name = "bench",
    description =
        "run a benchmark (bench trace, bench search); ./regintel runs it from the bench module's jar",
    mixinStandardHelpOptions = false)
final class BenchStandIn implements Callable<Integer> {

  static final String WHERE =
      "the benchmarks are not in the service's jar but in the bench module's:"
          + " run ./regintel bench ..., which builds and starts bench/target/regintel-bench.jar";

  @Spec CommandSpec spec;

  @Unmatched List<String> arguments;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println(spec.qualifiedName() + ": " + WHERE);
    return spec.exitCodeOnInvalidInput();
  }
}
