package dev.regintel.app.ingest;

import java.io.PrintStream;
import java.util.List;

/**
 * What a load did: per written file, what it holds and what changed in the graph; every problem
 * that kept a file out; and the size of the graph afterwards.
 */
public record LoadReport(
    List<FileResult> written,
    List<SeedProblem> problems,
    long graphNodes,
    long graphRelationships) {

  /** One file written in its own transaction, with the graph's counters for it. */
  public record FileResult(
      String file, String summary, int nodesCreated, int relationshipsCreated, int propertiesSet) {

    /** One line: the file, what it holds and what writing it added. */
    public void print(PrintStream out) {
      out.printf(
          "  %-60s %s (+%d nodes, +%d relationships)%n",
          file, summary, nodesCreated, relationshipsCreated);
      out.flush();
    }
  }

  public boolean ok() {
    return problems.isEmpty();
  }

  public int nodesCreated() {
    return written.stream().mapToInt(FileResult::nodesCreated).sum();
  }

  public int relationshipsCreated() {
    return written.stream().mapToInt(FileResult::relationshipsCreated).sum();
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
        "Loaded %d file(s): +%d nodes, +%d relationships. The graph holds %d nodes and %d relationships.%n",
        written.size(), nodesCreated(), relationshipsCreated(), graphNodes, graphRelationships);
  }
}
