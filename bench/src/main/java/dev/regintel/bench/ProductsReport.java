package dev.regintel.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.LongStream;

/**
 * Everything one run of {@code regintel bench products} measured, printed as a table or written as
 * JSON (same content).
 *
 * @param benchmark {@code products}
 * @param settings the product set's sizes, the batch size, the rounds and the seed
 * @param machine where it ran
 * @param written what every way wrote, checked after each round: the same for all
 * @param ways the figures of each way, in the order they are compared
 */
public record ProductsReport(
    String benchmark,
    ProductsBenchmark.Options settings,
    MachineFacts machine,
    ProductCounts written,
    List<WayFigures> ways) {

  /**
   * The measured rounds of one way.
   *
   * @param name the way
   * @param createSeconds writing the whole set, per round
   * @param relationshipsPerSecond relationships written over those seconds, per round
   * @param controlBatches latency of each batch of controls with their claims, all rounds
   * @param supplierBatches of each batch of suppliers
   * @param deviceBatches of each batch of devices with their links
   * @param createStatements statements sent to write the set, per round (the same in each)
   * @param createTransactions transactions, per round
   * @param updateSeconds writing every device again with one field changed, per round
   * @param devicesUpdatedPerSecond devices over those seconds, per round
   * @param updateBatches latency of each batch of edited devices, all rounds
   * @param updateStatements statements sent to update every device, per round
   * @param updateTransactions transactions, per round
   */
  public record WayFigures(
      String name,
      Spread createSeconds,
      Spread relationshipsPerSecond,
      Latencies controlBatches,
      Latencies supplierBatches,
      Latencies deviceBatches,
      Spread createStatements,
      Spread createTransactions,
      Spread updateSeconds,
      Spread devicesUpdatedPerSecond,
      Latencies updateBatches,
      Spread updateStatements,
      Spread updateTransactions) {

    static WayFigures of(String name, List<ProductRound> rounds, long relationships, int devices) {
      return new WayFigures(
          name,
          Spread.of(rounds, ProductRound::createSeconds),
          Spread.of(rounds, r -> relationships / r.createSeconds()),
          pooled(rounds, ProductRound::controlNanos),
          pooled(rounds, ProductRound::supplierNanos),
          pooled(rounds, ProductRound::deviceNanos),
          Spread.of(rounds, ProductRound::createStatements),
          Spread.of(rounds, ProductRound::createTransactions),
          Spread.of(rounds, ProductRound::updateSeconds),
          Spread.of(rounds, r -> devices / r.updateSeconds()),
          pooled(rounds, ProductRound::updateNanos),
          Spread.of(rounds, ProductRound::updateStatements),
          Spread.of(rounds, ProductRound::updateTransactions));
    }

    private static Latencies pooled(
        List<ProductRound> rounds, Function<ProductRound, long[]> series) {
      return Latencies.of(
          rounds.stream().flatMapToLong(r -> LongStream.of(series.apply(r))).toArray());
    }
  }

  /** A figure over the measured rounds: the median, the lowest and the highest. */
  public record Spread(double median, double min, double max) {

    static <T> Spread of(List<T> rounds, ToDoubleFunction<T> figure) {
      double[] v = rounds.stream().mapToDouble(figure).sorted().toArray();
      if (v.length == 0) {
        return new Spread(0, 0, 0);
      }
      double median =
          v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
      return new Spread(median, v[0], v[v.length - 1]);
    }

    /** {@code median (min-max)}, with {@code digits} decimals. */
    String format(int digits) {
      String f = "%,." + digits + "f";
      return (f + " (" + f + "-" + f + ")").formatted(median, min, max);
    }
  }

  static ProductsReport of(
      ProductsBenchmark.Options settings,
      MachineFacts machine,
      ProductSet set,
      ProductCounts written,
      Map<String, List<ProductRound>> rounds) {
    long relationships = set.relationships().values().stream().mapToLong(Long::longValue).sum();
    List<WayFigures> ways = new ArrayList<>();
    rounds.forEach(
        (name, measured) ->
            ways.add(WayFigures.of(name, measured, relationships, set.devices().size())));
    return new ProductsReport("products", settings, machine, written, ways);
  }

  /** The report as indented JSON. */
  public String toJson() {
    return BenchReport.json(this);
  }

  /** The report as readable tables. */
  public void print(PrintStream out) {
    ProductSet.Sizes s = settings.sizes();
    out.println();
    out.printf(
        "regintel bench products: %,d suppliers, %,d devices (%d controls each on average),"
            + " %,d controls (%d claims each), batches of %d; %d rounds after %d warm-up, seed %d%n",
        s.suppliers(),
        s.devices(),
        s.controlsPerDevice(),
        s.controls(),
        s.claims(),
        settings.batch(),
        settings.rounds(),
        settings.warmupRounds(),
        settings.seed());
    BenchReport.printMachine(out, machine);
    out.printf(
        "written   nodes %s%n          relationships %s%n",
        written.nodes(), written.relationships());
    out.println(
        "          (count, properties, with provenance): the same for every way, every round");
    out.println();
    out.println("Create: all suppliers, controls with their claims, devices with their links;");
    out.println("median of the rounds (lowest-highest); batch latencies over all rounds, ms");
    WayFigures first = ways.getFirst();
    List<List<String>> create = new ArrayList<>();
    create.add(
        List.of(
            "way",
            "seconds",
            "relationships/s",
            "x",
            "device batch p50/p99",
            "control batch p50/p99",
            "statements",
            "transactions"));
    for (WayFigures w : ways) {
      create.add(
          List.of(
              w.name(),
              w.createSeconds().format(2),
              w.relationshipsPerSecond().format(0),
              "%.1f".formatted(w.createSeconds().median() / first.createSeconds().median()),
              percentiles(w.deviceBatches()),
              percentiles(w.controlBatches()),
              "%,.0f".formatted(w.createStatements().median()),
              "%,.0f".formatted(w.createTransactions().median())));
    }
    table(out, create);
    out.println();
    out.println("Update: every device again with one field changed (its links as they are)");
    List<List<String>> update = new ArrayList<>();
    update.add(
        List.of("way", "seconds", "devices/s", "x", "batch p50/p99", "statements", "transactions"));
    for (WayFigures w : ways) {
      update.add(
          List.of(
              w.name(),
              w.updateSeconds().format(2),
              w.devicesUpdatedPerSecond().format(0),
              "%.1f".formatted(w.updateSeconds().median() / first.updateSeconds().median()),
              percentiles(w.updateBatches()),
              "%,.0f".formatted(w.updateStatements().median()),
              "%,.0f".formatted(w.updateTransactions().median())));
    }
    table(out, update);
    out.printf(
        "%nx: seconds over %s's. Statements and transactions per round, as the driver saw them:"
            + " each statement is a round trip, each transaction adds its commit.%n",
        first.name());
  }

  private static String percentiles(Latencies l) {
    return "%.1f / %.1f".formatted(l.p50(), l.p99());
  }

  /** Rows as columns: the first left-aligned, the others right-aligned, each as wide as needed. */
  private static void table(PrintStream out, List<List<String>> rows) {
    int[] widths = new int[rows.getFirst().size()];
    for (List<String> row : rows) {
      for (int c = 0; c < widths.length; c++) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < widths.length; c++) {
        String cell = row.get(c);
        String pad = " ".repeat(widths[c] - cell.length());
        line.append(c == 0 ? cell + pad : "  " + pad + cell);
      }
      out.println(line);
    }
  }
}
