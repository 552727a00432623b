package dev.regintel.bench;

import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.app.write.GraphWriter;
import dev.regintel.bench.driver.CountingDriver;
import dev.regintel.bench.sdn.SdnStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.neo4j.driver.Driver;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One run of the product-write benchmark: on the app's embedded Neo4j, the same synthetic product
 * set ({@link ProductSet}) is written in three ways, side by side, round after round: through the
 * app's writing layer ({@link GraphWriter}, batched UNWIND statements); through Spring Data Neo4j's
 * repositories ({@code saveAll} of {@code @Node} entities); and through the writing layer again
 * with SDN's {@code Neo4jClient} in place of the driver ({@link SdnStore#clientDriver}). Each round
 * of each way starts from a graph without products, creates the set in batches, then updates every
 * device (one field changed) in batches; after each, the graph must hold exactly the set, with
 * provenance on every node and relationship, and the same properties whichever way wrote it. The
 * ways take turns going first. All three send their statements through one {@link CountingDriver}.
 */
final class ProductsBenchmark {

  /** The embedded Neo4j's page cache: the product set and its requirements are small. */
  static final String PAGE_CACHE = "256m";

  /**
   * What one run does.
   *
   * @param sizes the product set
   * @param batch records per batch (one transaction)
   * @param rounds measured rounds
   * @param warmupRounds rounds before them, not measured
   * @param seed the product set's seed
   * @param dataDir the data directory; null for a new temporary one
   */
  record Options(
      ProductSet.Sizes sizes, int batch, int rounds, int warmupRounds, long seed, Path dataDir) {}

  private final Options options;
  private final PrintStream out;

  ProductsBenchmark(Options options, PrintStream out) {
    this.options = options;
    this.out = out;
  }

  /** Starts the app on a new data directory (or the one named), as the other benchmarks do. */
  ProductsReport run() {
    BenchOptions dirs = new BenchOptions(1, 1, 0, options.seed(), options.dataDir());
    return BenchApp.inDataDirectory(
        dirs,
        data -> {
          out.printf("Starting the app in %s...%n", data);
          try (ConfigurableApplicationContext app = BenchApp.start(data, PAGE_CACHE)) {
            Graph graph = app.getBean(Graph.class);
            BenchApp.requireEmpty(graph);
            return measure(
                app.getBean(Driver.class), app.getBean(GraphWriter.class), graph, PAGE_CACHE);
          }
        });
  }

  /**
   * Measures on a running app: {@code driver} and {@code writer} are the app's, {@code graph} reads
   * the counts. Leaves the product set and its requirements and jurisdictions in the graph.
   */
  ProductsReport measure(Driver driver, GraphWriter writer, Graph graph, String pageCache) {
    ProductSet set = ProductSet.generate(options.sizes(), options.seed());
    out.printf("Product set: %s nodes, %s relationships%n", set.nodes(), set.relationships());
    prepare(graph, set);
    CountingDriver counting = new CountingDriver(driver);
    try (SdnStore sdn = SdnStore.open(counting.driver())) {
      List<ProductWay> ways =
          List.of(
              new GraphWriterWay("GraphWriter", graphOver(counting.driver()), writer),
              new SdnRepositoryWay(sdn),
              new GraphWriterWay(
                  "GraphWriter on Neo4jClient", graphOver(sdn.clientDriver()), writer));
      Map<String, List<ProductRound>> measured = new LinkedHashMap<>();
      ways.forEach(w -> measured.put(w.name(), new ArrayList<>()));
      ProductChecks checks = new ProductChecks(graph, set);
      int all = options.warmupRounds() + options.rounds();
      for (int r = 0; r < all; r++) {
        boolean warmup = r < options.warmupRounds();
        out.printf("%s round %d of %d%n", warmup ? "Warm-up" : "Measured", r + 1, all);
        for (int i = 0; i < ways.size(); i++) {
          ProductWay way = ways.get((i + r) % ways.size());
          ProductRound round = round(way, set, r, counting, checks);
          out.printf(
              "  %-28s create %6.2f s, %,7d statements; update %6.2f s, %,7d statements%n",
              way.name(),
              round.createSeconds(),
              round.createStatements(),
              round.updateSeconds(),
              round.updateStatements());
          if (!warmup) {
            measured.get(way.name()).add(round);
          }
        }
      }
      MachineFacts machine = MachineFacts.current(BenchApp.neo4jVersion(graph), pageCache);
      return ProductsReport.of(options, machine, set, checks.reference(), measured);
    }
  }

  /** A {@code Graph} as the app makes it, on another driver. */
  private static Graph graphOver(Driver driver) {
    return new Graph(driver, null, new SimpleMeterRegistry());
  }

  /** The requirements the claims name and the jurisdictions the devices are marketed in. */
  private static void prepare(Graph graph, ProductSet set) {
    graph.write(
        tx -> {
          tx.run(
              """
              UNWIND $ids AS id MERGE (r:Requirement {id: id})
              SET r.srcUrl = $url, r.srcMethod = 'IMPORT'""",
              Map.of("ids", set.requirements(), "url", SyntheticGraph.SOURCE));
          tx.run(
              """
              UNWIND $codes AS code MERGE (j:Jurisdiction {code: code})
              SET j.srcUrl = $url, j.srcMethod = 'IMPORT'""",
              Map.of("codes", set.markets(), "url", SyntheticGraph.SOURCE));
          return null;
        });
  }

  private ProductRound round(
      ProductWay way, ProductSet set, int number, CountingDriver counting, ProductChecks checks) {
    checks.clear();
    long statements = counting.statements();
    long transactions = counting.transactions();
    long[] controls = timed(set.controls(), batch -> way.controls(batch, set.claims()));
    long[] suppliers = timed(set.suppliers(), way::suppliers);
    long[] devices = timed(set.devices(), way::devices);
    long createStatements = counting.statements() - statements;
    long createTransactions = counting.transactions() - transactions;
    checks.afterCreate(way);
    statements = counting.statements();
    transactions = counting.transactions();
    String note = "edited in round " + (number + 1);
    long[] updates = timed(set.edited(note), way::devices);
    long updateStatements = counting.statements() - statements;
    long updateTransactions = counting.transactions() - transactions;
    checks.afterUpdate(way, note);
    return new ProductRound(
        controls,
        suppliers,
        devices,
        updates,
        createStatements,
        createTransactions,
        updateStatements,
        updateTransactions);
  }

  /** Writes {@code records} batch by batch; returns the time of each batch. */
  private <T> long[] timed(List<T> records, Consumer<List<T>> write) {
    List<List<T>> batches = ProductSet.batches(records, options.batch());
    long[] nanos = new long[batches.size()];
    for (int i = 0; i < nanos.length; i++) {
      long started = System.nanoTime();
      write.accept(batches.get(i));
      nanos[i] = System.nanoTime() - started;
    }
    return nanos;
  }
}
