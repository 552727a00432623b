package dev.regintel.bench;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code regintel bench}: the benchmarks, one subcommand each. */
@Command(
    name = "bench",
    header = "run a benchmark (trace, search, load, products or start) and print its figures",
    description = {
      "Generates a synthetic graph (the same for the same scale and seed), loads it into a new"
          + " embedded Neo4j, starts the API on a free port, and times requests one at a time."
          + " Prints the figures and the machine, and judges them against the targets in"
          + " docs/performance.md."
    },
    subcommands = {
      TraceCommand.class,
      SearchCommand.class,
      LoadCommand.class,
      ProductsCommand.class,
      StartCommand.class
    })
public final class BenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(),
        "name the benchmark to run: 'regintel bench trace', 'regintel bench search',"
            + " 'regintel bench load', 'regintel bench products' or 'regintel bench start'");
  }
}
