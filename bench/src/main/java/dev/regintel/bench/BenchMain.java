package dev.regintel.bench;

import dev.regintel.app.cli.RegintelCommand;

/**
 * The bench jar's entry point: {@code regintel}'s command line with the real {@code bench} in the
 * place of the service's stand-in ({@code java -jar regintel-bench.jar bench trace ...}, which
 * {@code ./regintel bench ...} runs).
 */
public final class BenchMain {

  private BenchMain() {}

  public static void main(String[] args) {
    int status = RegintelCommand.commandLine(new BenchCommand()).execute(args);
    // As in the service's Main: serve returns 0 with the server running.
    if (status != 0) {
      System.exit(status);
    }
  }
}
