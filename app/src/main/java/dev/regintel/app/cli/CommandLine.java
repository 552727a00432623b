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

  /**
   * What a subcommand accepts.
   *
   * @param name the subcommand
   * @param valued options that take a value; given twice, the later one is an error
   * @param flags options without a value
   * @param operands whether it takes operands
   * @param usage its help text
   * @param lists valued options that may be given more than once, or once with commas ({@code
   *     --source nist --source eu} or {@code --source nist,eu}); read them with {@link #values}
   */
  public record Spec(
      String name,
      Set<String> valued,
      Set<String> flags,
      boolean operands,
      String usage,
      Set<String> lists) {

    public Spec(
        String name, Set<String> valued, Set<String> flags, boolean operands, String usage) {
      this(name, valued, flags, operands, usage, Set.of());
    }
  }

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
          String earlier = options.get(name);
          if (earlier != null && !spec.lists().contains(name)) {
            throw new UsageException("--" + name + " is given twice");
          }
          options.put(name, earlier == null ? value : earlier + "," + value);
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

  /** The values of a list option, in order, each once; empty when it is not given. */
  public List<String> values(String name) {
    String value = options.get(name);
    if (value == null) {
      return List.of();
    }
    return java.util.Arrays.stream(value.split(","))
        .map(String::strip)
        .filter(v -> !v.isEmpty())
        .distinct()
        .toList();
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
