package dev.regintel.app.crawl;

import dev.regintel.app.cli.CommandLine;
import dev.regintel.crawlers.Source;
import dev.regintel.crawlers.crawl.CrawlListener;
import dev.regintel.crawlers.crawl.CrawlReport;
import dev.regintel.crawlers.crawl.LiveRetriever;
import dev.regintel.crawlers.crawl.Retriever;
import dev.regintel.crawlers.crawl.Snapshot;
import dev.regintel.crawlers.fetch.FetchConfig;
import dev.regintel.crawlers.fetch.Fetcher;
import dev.regintel.crawlers.source.Sources;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code regintel crawl}: which sources, from where (the web or a snapshot), with progress per
 * resource and a summary per source. Arguments are checked before anything starts, so a typo costs
 * nothing.
 */
public final class CrawlCommand {

  /** What the command line asks for, checked. */
  public record Plan(List<Source> sources, Path offline, Path record, List<String> notes) {}

  private CrawlCommand() {}

  /**
   * Checks the arguments: the sources must be known (and, offline, in the snapshot), the snapshot
   * directory must exist, and offline and record exclude each other.
   *
   * @throws CommandLine.UsageException naming what is wrong
   */
  public static Plan plan(CommandLine line) {
    String offlineOption = line.options().get("offline");
    String recordOption = line.options().get("record");
    if (offlineOption != null && recordOption != null) {
      throw new CommandLine.UsageException(
          "--offline replays a snapshot and --record makes one; give one of them");
    }
    List<String> names = line.values("source");
    List<Source> sources;
    try {
      sources = names.isEmpty() ? Sources.all() : Sources.named(names);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.UsageException(e.getMessage());
    }
    List<String> notes = new ArrayList<>();
    Path offline = null;
    if (offlineOption != null) {
      offline = Path.of(offlineOption);
      if (!Files.isDirectory(offline)) {
        throw new CommandLine.UsageException("--offline: no snapshot directory " + offline);
      }
      Snapshot snapshot = new Snapshot(offline);
      List<Source> covered = sources.stream().filter(s -> snapshot.covers(s.name())).toList();
      List<String> missing =
          sources.stream().filter(s -> !covered.contains(s)).map(Source::name).toList();
      if (!names.isEmpty() && !missing.isEmpty()) {
        throw new CommandLine.UsageException(
            "--offline: the snapshot in " + offline + " has no " + String.join(", ", missing));
      }
      if (!missing.isEmpty()) {
        notes.add("not in the snapshot, so not crawled: " + String.join(", ", missing));
      }
      if (covered.isEmpty()) {
        throw new CommandLine.UsageException(
            "--offline: "
                + offline
                + " holds no snapshot of any source (expected <source>/index.json)");
      }
      sources = covered;
    }
    return new Plan(sources, offline, recordOption == null ? null : Path.of(recordOption), notes);
  }

  /** The retriever for a plan: a snapshot, or the web (optionally recorded). */
  public static Retriever retriever(Plan plan, CrawlService service, CommandLine line) {
    if (plan.offline() != null) {
      return new Snapshot(plan.offline());
    }
    FetchConfig config = FetchConfig.defaults();
    String userAgent = line.options().get("user-agent");
    if (userAgent != null) {
      config = config.withUserAgent(userAgent, config.robotsToken());
    }
    Retriever live = new LiveRetriever(new Fetcher(config, service.validatorStore()));
    return plan.record() == null ? live : new Snapshot.Recorder(live, plan.record());
  }

  /** Runs the plan, printing progress and the summary; returns the exit status. */
  public static int run(Plan plan, CrawlService service, Retriever retriever, PrintStream out) {
    plan.notes().forEach(n -> out.println("Note: " + n));
    out.println(
        "Crawling "
            + String.join(", ", plan.sources().stream().map(Source::name).toList())
            + " ("
            + retriever.describe()
            + ")");
    CrawlListener progress =
        (url, outcome, soFar) ->
            out.printf(
                Locale.ROOT,
                "  %-20s %-10s %s%n  %-20s %s%n",
                soFar.source(),
                outcome,
                url,
                "",
                soFar.countsLine());
    List<CrawlRun> runs;
    try (retriever) {
      runs = service.crawl(plan.sources(), retriever, progress);
    }
    summary(runs, out);
    return 0;
  }

  static void summary(List<CrawlRun> runs, PrintStream out) {
    out.println();
    String format = "%-20s %7s %9s %6s %7s %5s %7s %5s %9s %7s %7s %7s%n";
    out.printf(
        Locale.ROOT,
        format,
        "source",
        "fetched",
        "unchanged",
        "failed",
        "records",
        "new",
        "updated",
        "same",
        "conflicts",
        "+nodes",
        "+rels",
        "time");
    long nodes = 0;
    long rels = 0;
    int failures = 0;
    int conflicts = 0;
    for (CrawlRun run : runs) {
      CrawlReport r = run.report();
      out.printf(
          Locale.ROOT,
          format,
          r.source(),
          r.fetched(),
          r.unchanged(),
          r.failures() + r.disallowed() + r.deferred(),
          r.records(),
          r.created(),
          r.updated(),
          r.unchangedRecords(),
          r.conflicts(),
          run.nodesCreated(),
          run.relationshipsCreated(),
          "%.1fs".formatted(r.duration().toMillis() / 1000.0));
      nodes += run.nodesCreated();
      rels += run.relationshipsCreated();
      failures += r.failures() + r.disallowed() + r.deferred();
      conflicts += r.conflicts();
    }
    out.printf(
        Locale.ROOT,
        "%nGraph: +%d nodes, +%d relationships (besides one CrawlRun record per source);"
            + " %d failure(s), %d conflict(s).%n",
        nodes,
        rels,
        failures,
        conflicts);
    for (CrawlRun run : runs) {
      List<CrawlReport.Error> errors = run.report().errors();
      if (!errors.isEmpty()) {
        out.println(run.report().source() + ":");
        errors.stream()
            .limit(20)
            .forEach(e -> out.println("  " + e.stage() + " " + e.url() + ": " + e.message()));
        if (errors.size() > 20) {
          out.println("  ... and " + (errors.size() - 20) + " more (query crawlRuns for all)");
        }
      }
      run.conflicts().stream()
          .limit(20)
          .forEach(
              c ->
                  out.println(
                      "  CONFLICT "
                          + c.nodeId()
                          + " "
                          + c.field()
                          + ": curated '"
                          + abbreviate(c.stored())
                          + "', crawled '"
                          + abbreviate(c.crawled())
                          + "' ("
                          + c.url()
                          + ")"));
    }
  }

  private static String abbreviate(String s) {
    if (s == null) {
      return "";
    }
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
