package dev.regintel.app.ingest;

import java.io.PrintStream;
import java.util.List;

/**
 * What a load did: the files written, what each holds; the transactions that wrote them, with the
 * graph's counters for each; every problem that kept a file out; and the size of the graph
 * afterwards.
 */
public record LoadReport(
    List<FileResult> written,
    List<Transaction> transactions,
    List<SeedProblem> problems,
    long graphNodes,
    long graphRelationships) {

  /** One file written, once the transaction that wrote it has committed. */
  public record FileResult(String file, String summary) {

    /** One line: the file and what it holds. */
    public void print(PrintStream out) {
      out.printf("  written  %-60s %s%n", file, summary);
      out.flush();
    }
  }

  /**
   * One committed transaction: how many files it wrote and what that changed in the graph (the
   * files of a transaction are written together, so their changes are counted together).
   */
  public record Transaction(
      int files, long nodesCreated, long relationshipsCreated, long propertiesSet) {}

  public boolean ok() {
    return problems.isEmpty();
  }

  public long nodesCreated() {
    return transactions.stream().mapToLong(Transaction::nodesCreated).sum();
  }

  public long relationshipsCreated() {
    return transactions.stream().mapToLong(Transaction::relationshipsCreated).sum();
  }

  public long propertiesSet() {
    return transactions.stream().mapToLong(Transaction::propertiesSet).sum();
  }

  /** Writes the report for a person: one line a file, the problems, then the totals. */
  public void print(PrintStream out) {
    written.forEach(f -> f.print(out));
    printSummary(out);
  }

  /** The problems and the totals, without a line per file written. */
  public void printSummary(PrintStream out) {
    if (!problems.isEmpty()) {
      out.printf("%d problem(s); the files named were not written:%n", problems.size());
      problems.forEach(p -> out.println("  " + p));
    }
    out.printf(
        "Loaded %d file(s) in %d transaction(s): +%d nodes, +%d relationships. The graph holds %d"
            + " nodes and %d relationships.%n",
        written.size(),
        transactions.size(),
        nodesCreated(),
        relationshipsCreated(),
        graphNodes,
        graphRelationships);
  }
}
