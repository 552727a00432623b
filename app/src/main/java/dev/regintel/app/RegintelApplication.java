package dev.regintel.app;

import dev.regintel.app.cli.CommandLine;
import dev.regintel.app.cli.CommandLine.Spec;
import dev.regintel.app.crawl.CrawlCommand;
import dev.regintel.app.crawl.CrawlService;
import dev.regintel.app.ingest.LoadReport;
import dev.regintel.app.ingest.SeedLoader;
import dev.regintel.app.internal.RegintelException;
import dev.regintel.app.internal.config.RegintelProperties;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The regintel service and its command line ({@code regintel serve}, {@code load}, {@code crawl},
 * {@code bench}).
 */
@SpringBootApplication
@EnableConfigurationProperties(RegintelProperties.class)
public class RegintelApplication {

  static final Map<String, Spec> COMMANDS = new LinkedHashMap<>();

  static {
    COMMANDS.put(
        "serve",
        new Spec(
            "serve",
            Set.of("port", "data", "neo4j-uri", "seed"),
            Set.of("no-seed"),
            false,
            """
        Usage: regintel serve [--port N] [--data DIR] [--neo4j-uri URI] [--seed DIR] [--no-seed]

        Serves GraphQL at /graphql, GraphiQL at /graphiql and health at /actuator/health.
          --port N          HTTP port (default 8080)
          --data DIR        data directory for the embedded Neo4j store and the search index (default ./data)
          --neo4j-uri URI   use this Neo4j server or cluster (neo4j://, neo4j+s://, bolt://) instead of the
                            embedded one; user and password from REGINTEL_NEO4J_USER / REGINTEL_NEO4J_PASSWORD
          --seed DIR        seed-data directory loaded into a graph that was never seeded (default ./seed-data)
          --no-seed         do not load seed data, even into an empty graph
        """));
    COMMANDS.put(
        "load",
        new Spec(
            "load",
            Set.of("data", "neo4j-uri"),
            Set.of(),
            true,
            """
        Usage: regintel load [--data DIR] [--neo4j-uri URI] [PATH...]

        Validates seed files and loads the valid ones into the graph, one transaction per file. Loading the
        same files again changes nothing. PATHs are files or directories (default: the seed-data directory).
        A file with any problem is not written; problems are listed with the file, the place in it and
        what is wrong, and the exit status is 1.
          --data DIR        data directory of the embedded Neo4j (default ./data); must not be in use
          --neo4j-uri URI   load into this Neo4j server or cluster instead
        """));
    COMMANDS.put(
        "crawl",
        new Spec(
            "crawl",
            Set.of("source", "offline", "record", "data", "neo4j-uri", "seed", "user-agent"),
            Set.of("no-seed"),
            false,
            """
        Usage: regintel crawl [--source NAME]... [--offline DIR | --record DIR] [--data DIR] [--neo4j-uri URI]

        Crawls the sources into the graph: fetches (politely: robots.txt, one request per second per host,
        conditional GET), parses, and upserts documents and requirements with their provenance. Changed
        records keep their history; values that disagree with curated seed data are reported, not written.
        Each run is recorded (query crawlRuns). A new graph is seeded first, as serve does.
          --source NAME     crawl only this source; repeat or separate with commas (default: all).
                            Sources: %s
          --offline DIR     replay a recorded snapshot instead of the web, e.g. seed-data/snapshots
          --record DIR      crawl the web and record what was fetched as a snapshot in DIR
          --data DIR        data directory of the embedded Neo4j (default ./data); must not be in use
          --neo4j-uri URI   crawl into this Neo4j server or cluster instead
          --seed DIR        seed-data directory for a new graph (default ./seed-data)
          --no-seed         do not seed a new graph first
          --user-agent UA   the User-Agent to send (default names regintel and a contact address)
        """
                .formatted(String.join(", ", dev.regintel.crawlers.source.Sources.names())),
            Set.of("source")));
    COMMANDS.put(
        "bench",
        new Spec(
            "bench",
            Set.of("scale", "requests", "warmup", "warmup-seconds", "seed", "out", "data"),
            Set.of(),
            true,
            """
        Usage: regintel bench trace|search [--scale S] [--requests N] [--warmup N] [--warmup-seconds S] [--seed N] [--out FILE] [--data DIR]

        Generates a synthetic graph (the same for the same scale and seed), loads it into a new embedded
        Neo4j, starts the API on a free port, and times requests one at a time. Prints the figures and the
        machine, and judges them against the targets in docs/performance.md.
          trace             trace and coverage over GraphQL and trace as raw Cypher: latencies (p50, p95,
                            p99, mean), round trips, hits per trace, and the load rate
          search            loads the glossary (seed-data/glossary) too, rebuilds the search index (items
                            per second, size on disk), then times a fixed mix of English, Japanese, mixed
                            and code searches over GraphQL and in process: latencies per query class
          --scale S         graph size: 1 is about the shipped corpus (500 requirements), 100 about 200k
                            requirements and 1M mappings (default 1)
          --requests N      timed requests per series (default 1000)
          --warmup N        untimed requests per series before timing, at least (default 1000)
          --warmup-seconds S  warm up for at least S seconds, so that the JIT has compiled the
                            request path (default 30)
          --seed N          seed of the graph and of the choice of requests (default 42)
          --out FILE        also write the results as JSON to FILE
          --data DIR        data directory of the embedded Neo4j; must hold no graph (default: a new
                            temporary directory, deleted afterwards)
        """));
  }

  static final String USAGE =
      """
      Usage: regintel COMMAND [OPTIONS]

      Commands:
        serve   serve the GraphQL API (loads seed-data into a new graph)
        load    validate and load seed-data files
        crawl   crawl the regulators' sites (or a recorded snapshot) into the graph
        bench   run a benchmark (bench trace, bench search) and print its figures

      Run 'regintel COMMAND --help' for a command's options.
      """;

  public static void main(String[] args) {
    CommandLine line;
    try {
      line = CommandLine.parse(args, COMMANDS);
    } catch (CommandLine.UsageException e) {
      System.err.println("regintel: " + e.getMessage());
      System.err.print(USAGE);
      System.exit(2);
      return;
    }
    if (line.help()) {
      System.out.print(line.command() == null ? USAGE : COMMANDS.get(line.command()).usage());
      return;
    }
    try {
      int status =
          switch (line.command()) {
            case "serve" -> serve(line);
            case "load" -> load(line);
            case "crawl" -> crawl(line);
            case "bench" -> dev.regintel.app.bench.BenchCommand.run(line);
            default -> throw new IllegalStateException(line.command());
          };
      if (status != 0) {
        System.exit(status);
      }
    } catch (CommandLine.UsageException e) {
      System.err.println("regintel " + line.command() + ": " + e.getMessage());
      System.exit(2);
    } catch (RuntimeException e) {
      RegintelException cause = find(e);
      if (cause == null) {
        throw e;
      }
      System.err.println("regintel " + line.command() + ": " + cause.getMessage());
      System.exit(1);
    }
  }

  private static int serve(CommandLine line) {
    List<String> properties = common(line);
    properties.add("--server.port=" + line.intOption("port", 1, 65535, 8080));
    if (line.options().containsKey("seed")) {
      properties.add("--regintel.seed.dir=" + line.options().get("seed"));
    }
    if (line.options().containsKey("no-seed")) {
      properties.add("--regintel.seed.autoload=false");
    }
    new SpringApplicationBuilder(RegintelApplication.class).run(properties.toArray(String[]::new));
    return 0;
  }

  private static int load(CommandLine line) {
    List<String> properties = common(line);
    properties.add("--regintel.seed.autoload=false");
    try (ConfigurableApplicationContext context = withoutWeb(properties)) {
      RegintelProperties settings = context.getBean(RegintelProperties.class);
      List<Path> paths =
          line.operands().isEmpty()
              ? List.of(settings.seed().path())
              : line.operands().stream().map(Path::of).toList();
      System.out.println(
          "Loading "
              + paths.stream().map(Path::toString).reduce((a, b) -> a + ", " + b).orElse(""));
      LoadReport report = context.getBean(SeedLoader.class).load(paths);
      report.print(System.out);
      return report.ok() ? 0 : 1;
    }
  }

  private static int crawl(CommandLine line) {
    CrawlCommand.Plan plan = CrawlCommand.plan(line);
    List<String> properties = common(line);
    if (line.options().containsKey("seed")) {
      properties.add("--regintel.seed.dir=" + line.options().get("seed"));
    }
    if (line.options().containsKey("no-seed")) {
      properties.add("--regintel.seed.autoload=false");
    }
    try (ConfigurableApplicationContext context = withoutWeb(properties)) {
      CrawlService service = context.getBean(CrawlService.class);
      return CrawlCommand.run(
          plan, service, CrawlCommand.retriever(plan, service, line), System.out);
    }
  }

  /**
   * The app without its web server, for a command that prints its own progress: only warnings are
   * logged.
   */
  private static ConfigurableApplicationContext withoutWeb(List<String> properties) {
    List<String> all = new ArrayList<>(properties);
    all.add("--logging.level.root=WARN");
    all.add("--logging.level.dev.regintel=WARN");
    return new SpringApplicationBuilder(RegintelApplication.class)
        .web(WebApplicationType.NONE)
        .bannerMode(Banner.Mode.OFF)
        .logStartupInfo(false)
        .run(all.toArray(String[]::new));
  }

  private static List<String> common(CommandLine line) {
    List<String> properties = new ArrayList<>();
    if (line.options().containsKey("data")) {
      properties.add("--regintel.data-dir=" + line.options().get("data"));
    }
    if (line.options().containsKey("neo4j-uri")) {
      properties.add("--regintel.neo4j.uri=" + line.options().get("neo4j-uri"));
    }
    return properties;
  }

  private static RegintelException find(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof RegintelException r) {
        return r;
      }
    }
    return null;
  }
}
