package dev.regintel.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One execution of a command line with its output captured, for tests of what a user sees.
 *
 * @param status the exit status
 * @param out what went to standard output (help, version)
 * @param err what went to standard error (usage errors, failures)
 */
public record CommandRun(int status, String out, String err) {

  /** Executes {@code args} on {@code line}, capturing its output. */
  public static CommandRun of(CommandLine line, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    int status = line.execute(args);
    return new CommandRun(status, out.toString(), err.toString());
  }
}
