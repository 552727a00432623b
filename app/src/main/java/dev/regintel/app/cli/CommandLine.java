package dev.regintel.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parsed command line of {@code regintel}: a subcommand, its options and its operands, checked
 * against what the subcommand accepts so that a typo gets a clear error instead of being ignored.
 *
 * @param command the subcommand, e.g. {@code serve}
 * @param options option name (without dashes) to value; flags map to {@code "true"}
 * @param operands the remaining arguments
 * @param help whether help was asked for
 */
public record CommandLine(
    String command, Map<String, String> options, List<String> operands, boolean help) {

  /** What a subcommand accepts. */
  public record Spec(
      String name, Set<String> valued, Set<String> flags, boolean operands, String usage) {}

  /** Thrown with a message for the user when the arguments do not fit. */
  public static final class UsageException extends RuntimeException {
    public UsageException(String message) {
      super(message);
    }
  }

  public static CommandLine parse(String[] args, Map<String, Spec> specs) {
    if (args.length == 0
        || args[0].equals("--help")
        || args[0].equals("-h")
        || args[0].equals("help")) {
      return new CommandLine(null, Map.of(), List.of(), true);
    }
    Spec spec = specs.get(args[0]);
    if (spec == null) {
      throw new UsageException(
          "unknown command '" + args[0] + "'; commands: " + String.join(", ", specs.keySet()));
    }
    Map<String, String> options = new java.util.LinkedHashMap<>();
    List<String> operands = new ArrayList<>();
    boolean help = false;
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--help") || arg.equals("-h")) {
        help = true;
      } else if (arg.startsWith("--")) {
        String name = arg.substring(2);
        String value = null;
        int eq = name.indexOf('=');
        if (eq >= 0) {
          value = name.substring(eq + 1);
          name = name.substring(0, eq);
        }
        if (spec.flags().contains(name)) {
          if (value != null) {
            throw new UsageException("--" + name + " takes no value");
          }
          options.put(name, "true");
        } else if (spec.valued().contains(name)) {
          if (value == null) {
            if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
              throw new UsageException("--" + name + " needs a value");
            }
            value = args[++i];
          }
          options.put(name, value);
        } else {
          throw new UsageException("'" + spec.name() + "' has no option --" + name);
        }
      } else if (spec.operands()) {
        operands.add(arg);
      } else {
        throw new UsageException("'" + spec.name() + "' takes no arguments, got '" + arg + "'");
      }
    }
    return new CommandLine(spec.name(), options, operands, help);
  }

  /** An integer option in a range, or the default. */
  public int intOption(String name, int min, int max, int fallback) {
    String value = options.get(name);
    if (value == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(
        "--"
            + name
            + " must be a whole number from "
            + min
            + " to "
            + max
            + ", not '"
            + value
            + "'");
  }
}
