package dev.regintel.bench;

import dev.regintel.app.ingest.LoadReport;
import dev.regintel.app.ingest.SeedLoader;
import dev.regintel.app.internal.RegintelException;
import dev.regintel.app.internal.config.RegintelProperties;
import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.app.search.SearchFilter;
import dev.regintel.app.search.SearchIndex;
import dev.regintel.app.search.SearchResultView;
import dev.regintel.app.search.SearchService;
import dev.regintel.app.write.GraphChanged;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * One run of the search benchmark, start to end: starts the app (embedded Neo4j in a fresh data
 * directory, HTTP on a free port, no seed data), loads the real glossary (seed-data/glossary, as
 * {@code load} does, so that the index's user dictionary and cross-lingual expansion are the real
 * ones) and a {@link SyntheticGraph}, whose documents, requirements and controls carry English and
 * Japanese text made of that glossary's terms; rebuilds the search index from the graph, as after
 * any load, and times the build; then times a deterministic {@link SearchMix} of searches, one
 * after another, over HTTP and GraphQL, and the same searches as calls of the app's {@link
 * SearchService} in its own JVM.
 */
public final class SearchBenchmark {

  static final String SEARCH =
      """
      query Search($query: String!, $filter: SearchFilter, $first: Int, $offset: Int) {
        search(query: $query, filter: $filter, first: $first, offset: $offset) {
          total
          hits { score kind id title titleJa documentCode ref snippet }
        }
      }""";

  /** Random streams of the timed searches and of the warm-up. */
  private static final int TIMED = 110;

  private static final int WARM = 111;

  /** Distinct warm-up searches, repeated while the warm-up lasts. */
  private static final int WARM_CYCLE = 1000;

  private final BenchOptions options;
  private final PrintStream out;
  private final Progress progress;

  public SearchBenchmark(BenchOptions options, PrintStream out) {
    this.options = options;
    this.out = out;
    this.progress = new Progress(out, "search");
  }

  /** Runs the benchmark and returns what it measured; progress goes to the given stream. */
  public SearchBenchReport run() {
    return BenchApp.run(
        options,
        out,
        (graph, generated, app) ->
            measure(graph, generated, app, BenchApp.endpoint(app), options.pageCache()));
  }

  /**
   * Loads the glossary and {@code graph} into the app's empty database, rebuilds its search index
   * and times searches against it, over GraphQL at {@code endpoint} and in process.
   *
   * @param generatedSeconds how long generating the graph took
   * @param app the running app: its graph, seed loader, search index and search service
   * @param pageCache the database's page cache, for the report
   */
  SearchBenchReport measure(
      SyntheticGraph graph,
      double generatedSeconds,
      ApplicationContext app,
      URI endpoint,
      String pageCache) {
    Graph bolt = app.getBean(Graph.class);
    BenchApp.requireEmpty(bolt);
    String neo4j = BenchApp.neo4jVersion(bolt);
    loadGlossary(
        app.getBean(SeedLoader.class),
        app.getBean(RegintelProperties.class).seed().path().resolve("glossary"));
    out.println("Loading the synthetic graph...");
    SyntheticLoad.Result loaded = BenchApp.load(graph, bolt, out);
    out.println("Rebuilding the search index from the graph...");
    SearchIndex.Build build = rebuild(bolt, app);
    out.printf(
        "  %,d items in %.1f s (%,.0f items/s), %,d bytes%n",
        build.items(), build.seconds(), build.itemsPerSecond(), build.bytes());

    SearchService service = app.getBean(SearchService.class);
    GraphQlHttp http = new GraphQlHttp(endpoint);
    List<SearchMix.Search> warm =
        SearchMix.of(graph, options.seed(), WARM, Math.max(options.warmup(), WARM_CYCLE));
    Series scratch = new Series(1);
    int warmed =
        options.warmUp(
            out,
            "searches",
            i -> {
              SearchMix.Search s = warm.get(i % warm.size());
              http(http, s, scratch, 0);
              inProcess(service, s, scratch, 0);
            });
    int n = options.requests();
    List<SearchMix.Search> searches = SearchMix.of(graph, options.seed(), TIMED, n);
    Series timed = new Series(n);
    out.printf("Timing %d searches over GraphQL...%n", n);
    for (int i = 0; i < n; i++) {
      http(http, searches.get(i), timed, i);
      progress.tick(i, n);
    }
    out.printf("Timing the same %d searches in process...%n", n);
    for (int i = 0; i < n; i++) {
      inProcess(service, searches.get(i), timed, i);
      progress.tick(i, n);
    }

    List<SearchBenchReport.ClassFigures> classes = new ArrayList<>();
    for (SearchMix.QueryClass c : SearchMix.QueryClass.values()) {
      classes.add(figures(c.label(), searches, timed, i -> searches.get(i).queryClass() == c));
    }
    classes.add(figures("all", searches, timed, i -> true));
    return new SearchBenchReport(
        new BenchRun(
            "search",
            options.scale(),
            options.seed(),
            n,
            warmed,
            MachineFacts.current(neo4j, pageCache)),
        BenchReport.GraphFigures.of(graph, generatedSeconds),
        BenchReport.LoadFigures.of(loaded),
        new SearchBenchReport.IndexFigures(
            build.items(),
            build.glossaryTerms(),
            BenchReport.round(build.seconds(), 3),
            Math.round(build.itemsPerSecond()),
            build.bytes()),
        classes,
        progress.errors(),
        SearchBenchReport.judge(classes));
  }

  /** Loads the real glossary, as {@code regintel load} would; fails when it is missing or bad. */
  private void loadGlossary(SeedLoader seeds, Path glossary) {
    if (!Files.isDirectory(glossary)) {
      throw new RegintelException(
          "The search benchmark loads the glossary from "
              + glossary.toAbsolutePath()
              + ", which does not exist; run it from the project directory (./regintel sets the"
              + " seed-data directory) or set REGINTEL_SEED_DIR.");
    }
    out.println("Loading the glossary from " + glossary + "...");
    LoadReport report = seeds.load(List.of(glossary));
    if (!report.ok() || report.nodesCreated() == 0) {
      throw new RegintelException(
          "The glossary at " + glossary + " did not load: " + report.problems());
    }
    out.printf("  %,d terms%n", report.nodesCreated());
  }

  /**
   * Announces the load as every load does (the graph's generation goes up); the index, listening in
   * the same thread, rebuilds itself from the graph.
   */
  private static SearchIndex.Build rebuild(Graph bolt, ApplicationContext app) {
    long generation = GraphChanged.announce(bolt, app).generation();
    SearchIndex.Build build = app.getBean(SearchIndex.class).lastBuild();
    if (build == null || build.generation() != generation) {
      throw new IllegalStateException(
          "the search index was not rebuilt at generation " + generation);
    }
    return build;
  }

  /**
   * Per-search figures: latency over GraphQL and in process, hits in all, and hits returned. The
   * two ways of asking must agree on the total.
   */
  private record Series(long[] http, long[] inProcess, long[] total, long[] returned) {
    Series(int n) {
      this(new long[n], new long[n], new long[n], new long[n]);
    }
  }

  private void http(GraphQlHttp http, SearchMix.Search s, Series into, int i) {
    GraphQlHttp.Answer answer = http.post(SEARCH, s.variables());
    into.http()[i] = answer.nanos();
    if (answer.error() != null) {
      progress.fail(answer.error());
      return;
    }
    JsonNode result = answer.data().path("search");
    into.total()[i] = result.path("total").asLong();
    into.returned()[i] = result.path("hits").size();
  }

  private void inProcess(SearchService service, SearchMix.Search s, Series into, int i) {
    SearchFilter filter =
        s.filtered() ? new SearchFilter(s.kinds(), s.jurisdictions(), null) : null;
    long started = System.nanoTime();
    SearchResultView result = service.search(s.query(), filter, s.first(), s.offset());
    into.inProcess()[i] = System.nanoTime() - started;
    if (result.total() != into.total()[i] || result.hits().size() != into.returned()[i]) {
      progress.fail(
          s.variables()
              + ": in process "
              + result.total()
              + " in all and "
              + result.hits().size()
              + " returned, over GraphQL "
              + into.total()[i]
              + " and "
              + into.returned()[i]);
    }
  }

  private static SearchBenchReport.ClassFigures figures(
      String name, List<SearchMix.Search> searches, Series s, IntPredicate in) {
    int[] at = java.util.stream.IntStream.range(0, searches.size()).filter(in).toArray();
    long[] http = new long[at.length];
    long[] inProcess = new long[at.length];
    long[] total = new long[at.length];
    long[] returned = new long[at.length];
    int empty = 0;
    int filtered = 0;
    int later = 0;
    for (int k = 0; k < at.length; k++) {
      int i = at[k];
      http[k] = s.http()[i];
      inProcess[k] = s.inProcess()[i];
      total[k] = s.total()[i];
      returned[k] = s.returned()[i];
      empty += returned[k] == 0 ? 1 : 0;
      filtered += searches.get(i).filtered() ? 1 : 0;
      later += searches.get(i).offset() > 0 ? 1 : 0;
    }
    return new SearchBenchReport.ClassFigures(
        name,
        Latencies.of(http),
        Latencies.of(inProcess),
        BenchReport.PerRequest.of(total),
        BenchReport.PerRequest.of(returned),
        empty,
        filtered,
        later);
  }
}
