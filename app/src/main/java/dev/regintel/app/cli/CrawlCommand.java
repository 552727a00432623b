package dev.regintel.app.cli;

import dev.regintel.app.crawl.CrawlRun;
import dev.regintel.app.crawl.CrawlService;
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
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code regintel crawl}: which sources, from where (the web or a snapshot), with progress per
 * resource and a summary per source. Arguments are checked before anything starts, so a typo costs
 * nothing.
 */
@Command(
    name = "crawl",
    header = "crawl the regulators' sites (or a recorded snapshot) into the graph",
    description = {
      "Crawls the sources into the graph: fetches (politely: robots.txt, one request per second per"
          + " host, conditional GET), parses, and upserts documents and requirements with their"
          + " provenance. Changed records keep their history; values that disagree with curated"
          + " seed data are reported, not written. Each run is recorded (query crawlRuns). A new"
          + " graph is seeded first, as serve does."
    })
final class CrawlCommand implements Callable<Integer> {

  /** What the command line asks for, checked. */
  record Plan(List<Source> sources, Path offline, Path record, List<String> notes) {}

  /** A source by its name. */
  static final class SourceName implements ITypeConverter<Source> {
    @Override
    public Source convert(String name) {
      try {
        return Sources.named(List.of(name.strip())).getFirst();
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** The names of the sources, for the help. */
  static final class SourceNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Sources.names().iterator();
    }
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--source",
      paramLabel = "NAME",
      split = ",",
      converter = SourceName.class,
      completionCandidates = SourceNames.class,
      description =
          "crawl only this source; repeat or separate with commas (default: all). Sources:"
              + " ${COMPLETION-CANDIDATES}")
  List<Source> sources = List.of();

  @Option(
      names = "--offline",
      paramLabel = "DIR",
      description = "replay a recorded snapshot instead of the web, e.g. seed-data/snapshots")
  Path offline;

  @Option(
      names = "--record",
      paramLabel = "DIR",
      description = "crawl the web and record what was fetched as a snapshot in DIR")
  Path record;

  @Mixin GraphOptions graph;

  @Mixin SeedOptions seed;

  @Option(
      names = "--user-agent",
      paramLabel = "UA",
      description = "the User-Agent to send (default names regintel and a contact address)")
  String userAgent;

  @Override
  public Integer call() {
    Plan plan = plan();
    List<String> properties = graph.properties();
    properties.addAll(seed.properties());
    try (ConfigurableApplicationContext context = AppContexts.withoutWeb(properties)) {
      CrawlService service = context.getBean(CrawlService.class);
      return run(plan, service, retriever(plan, service), System.out);
    }
  }

  /**
   * Checks what the options ask for together: the sources must be in the snapshot when crawling
   * offline, the snapshot directory must exist, and offline and record exclude each other.
   *
   * @throws ParameterException naming what is wrong
   */
  Plan plan() {
    if (offline != null && record != null) {
      throw usage("--offline replays a snapshot and --record makes one; give one of them");
    }
    List<Source> chosen = sources.isEmpty() ? Sources.all() : sources.stream().distinct().toList();
    List<String> notes = new ArrayList<>();
    if (offline != null) {
      if (!Files.isDirectory(offline)) {
        throw usage("--offline: no snapshot directory " + offline);
      }
      Snapshot snapshot = new Snapshot(offline);
      List<Source> covered = chosen.stream().filter(s -> snapshot.covers(s.name())).toList();
      List<String> missing =
          chosen.stream().filter(s -> !covered.contains(s)).map(Source::name).toList();
      if (!sources.isEmpty() && !missing.isEmpty()) {
        throw usage(
            "--offline: the snapshot in " + offline + " has no " + String.join(", ", missing));
      }
      if (!missing.isEmpty()) {
        notes.add("not in the snapshot, so not crawled: " + String.join(", ", missing));
      }
      if (covered.isEmpty()) {
        throw usage(
            "--offline: "
                + offline
                + " holds no snapshot of any source (expected <source>/index.json)");
      }
      chosen = covered;
    }
    return new Plan(chosen, offline, record, notes);
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /** The retriever for a plan: a snapshot, or the web (optionally recorded). */
  Retriever retriever(Plan plan, CrawlService service) {
    if (plan.offline() != null) {
      return new Snapshot(plan.offline());
    }
    FetchConfig config = FetchConfig.defaults();
    if (userAgent != null) {
      config = config.withUserAgent(userAgent, config.robotsToken());
    }
    Retriever live = new LiveRetriever(new Fetcher(config, service.validatorStore()));
    return plan.record() == null ? live : new Snapshot.Recorder(live, plan.record());
  }

  /** Runs the plan, printing progress and the summary; returns the exit status. */
  static int run(Plan plan, CrawlService service, Retriever retriever, PrintStream out) {
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
