package dev.regintel.bench;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@code bench start} measured: every start with its phases, and the targets judged on the
 * median of the rounds (first start to an answer with data <= 20 s, restart <= 10 s, seed load <= 5
 * s in the quiet first start, where there is one).
 */
record StartReport(MachineFacts machine, List<StartBenchmark.Start> starts) {

  static final long FIRST_TARGET_MS = 20_000;
  static final long RESTART_TARGET_MS = 10_000;
  static final long SEED_TARGET_MS = 5_000;

  private static final List<String> PHASES =
      List.of("jvm", "neo4j", "schema", "spring", "seed", "index", "total");

  void print(PrintStream out) {
    out.println();
    BenchReport.printMachine(out, machine);
    out.println();
    out.printf("%-8s", "start");
    PHASES.forEach(p -> out.printf(" %8s", p));
    out.printf(" %12s %12s %12s%n", "1st answer", "with data", "search");
    for (StartBenchmark.Start s : starts) {
      out.printf("%-8s", s.kind());
      PHASES.forEach(p -> out.printf(" %8.2f", s.phases().getOrDefault(p, 0L) / 1e3));
      out.printf(
          " %12s %12s %12s%n",
          seconds(s.firstAnswerMs()), seconds(s.dataMs()), seconds(s.searchMs()));
    }
    out.println("(seconds; the phases as the service measured them, the answers at the client)");
    out.println();
    judge(out, "first start to an answer with data", median("first", "data"), FIRST_TARGET_MS);
    judge(out, "restart to an answer with data", median("restart", "data"), RESTART_TARGET_MS);
    judge(out, "seed load", median(seedKind(), "seed"), SEED_TARGET_MS);
    out.printf(
        "(seed load judged on the %s starts; in the first starts, with a client asking every %d ms,"
            + " median %.2f s)%n",
        seedKind(), StartBenchmark.POLL_MILLIS, median("first", "seed") / 1e3);
  }

  /** The starts the seed target is judged on: the quiet ones when there are any. */
  String seedKind() {
    return starts.stream().anyMatch(s -> s.kind().equals(StartBenchmark.QUIET))
        ? StartBenchmark.QUIET
        : "first";
  }

  private static String seconds(long ms) {
    return ms < 0 ? "-" : "%.2f".formatted(ms / 1e3);
  }

  boolean met() {
    return median("first", "data") <= FIRST_TARGET_MS
        && median("restart", "data") <= RESTART_TARGET_MS
        && median(seedKind(), "seed") <= SEED_TARGET_MS;
  }

  /** The median over the rounds of {@code what} ({@code data} or a phase) for starts of a kind. */
  long median(String kind, String what) {
    long[] values =
        starts.stream()
            .filter(s -> s.kind().equals(kind))
            .mapToLong(s -> what.equals("data") ? s.dataMs() : s.phases().getOrDefault(what, 0L))
            .sorted()
            .toArray();
    return values.length == 0 ? 0 : values[(values.length - 1) / 2];
  }

  private static void judge(PrintStream out, String what, long ms, long target) {
    out.printf(
        "%-36s median %6.2f s  target <= %5.1f s  %s%n",
        what, ms / 1e3, target / 1e3, ms <= target ? "met" : "MISSED");
  }

  String toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("benchmark", "start");
    json.put("machine", machine);
    json.put("starts", starts);
    json.put(
        "medians",
        Map.of(
            "firstWithDataMs", median("first", "data"),
            "restartWithDataMs", median("restart", "data"),
            "seedMs", median(seedKind(), "seed"),
            "seedWhilePolledMs", median("first", "seed")));
    json.put("met", met());
    return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(json);
  }
}
