package dev.regintel.app.ingest;

import dev.regintel.app.ingest.SeedUnit.Ref;
import dev.regintel.app.ingest.SeedUnit.Space;
import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.app.write.GraphChanged;
import dev.regintel.app.write.GraphWriter;
import dev.regintel.app.write.WriteResult;
import dev.regintel.app.write.Writes;
import dev.regintel.ontology.Method;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;

/**
 * Loads seed files into the graph. Every file is validated first (syntax, schema, ids, and every id
 * it refers to, which must be defined by a valid file of the same load or exist in the graph); a
 * file with any problem is not written at all, and neither is a file that depends on it. Valid
 * files are written through the {@link GraphWriter}, as a curated writer, so loading the same files
 * again changes nothing; up to {@value #FILES_PER_TRANSACTION} files share a transaction, and a
 * file with a record the writer refuses is left out whole.
 */
@Service
public class SeedLoader {

  private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

  /**
   * Files written in one transaction, their records together. The shipped corpus (about 170 files)
   * then loads in four transactions and about 65 statements: written a file a transaction, it took
   * 170 transactions and about 1,700 statements, 13 s on a new JVM, where every statement cost
   * several milliseconds however little it wrote.
   */
  static final int FILES_PER_TRANSACTION = 50;

  private final Graph graph;
  private final GraphWriter writer;
  private final org.springframework.context.ApplicationEventPublisher events;
  private final SeedReader reader = new SeedReader();
  private final SeedPlanner planner = new SeedPlanner();

  public SeedLoader(
      Graph graph,
      GraphWriter writer,
      org.springframework.context.ApplicationEventPublisher events) {
    this.graph = graph;
    this.writer = writer;
    this.events = events;
  }

  /** Validates and loads every seed file under {@code roots}. */
  public LoadReport load(List<Path> roots) {
    return load(roots, written -> {});
  }

  /**
   * Validates and loads every seed file under {@code roots}, telling {@code progress} of each file
   * once its transaction has committed.
   */
  public LoadReport load(List<Path> roots, Consumer<LoadReport.FileResult> progress) {
    return load(roots, progress, true);
  }

  /**
   * {@link #load(List, Consumer)}; with {@code announce} false, the graph's new generation is
   * counted but this process is not told of it, so what is derived from the graph (the search and
   * mapping indexes) catches up when it next compares generations instead of inside this call: at
   * start, their own start-up steps run right after the seed load.
   */
  public LoadReport load(
      List<Path> roots, Consumer<LoadReport.FileResult> progress, boolean announce) {
    long started = System.nanoTime();
    List<SeedProblem> problems = new ArrayList<>();
    List<SeedUnit> units = new ArrayList<>();
    for (Path file : reader.discover(roots)) {
      String name = displayName(roots, file);
      SeedReader.Outcome outcome = reader.read(file, name);
      problems.addAll(outcome.problems());
      if (outcome.parsed() == null) {
        continue;
      }
      try {
        units.add(planner.plan(outcome.parsed()));
      } catch (SeedRejection e) {
        problems.add(e.problem());
      } catch (DateTimeException e) {
        problems.add(new SeedProblem(name, "", "has an impossible date: " + e.getMessage()));
      } catch (JacksonException e) {
        problems.add(new SeedProblem(name, "", unbindable(e)));
      }
    }
    units = consistent(units, problems);
    long checked = System.nanoTime();
    long statements = graph.roundTrips();
    List<LoadReport.FileResult> written = new ArrayList<>();
    List<LoadReport.Transaction> transactions = new ArrayList<>();
    List<SeedUnit> ordered = writeOrder(units);
    for (int from = 0; from < ordered.size(); from += FILES_PER_TRANSACTION) {
      List<SeedUnit> group =
          ordered.subList(from, Math.min(ordered.size(), from + FILES_PER_TRANSACTION));
      writeGroup(group, written, transactions, problems, progress);
    }
    log.info(
        "Seed files read and checked in {} ms; {} file(s) written in {} ms, {} transaction(s),"
            + " {} statement(s)",
        (checked - started) / 1_000_000,
        written.size(),
        (System.nanoTime() - checked) / 1_000_000,
        transactions.size(),
        graph.roundTrips() - statements);
    if (!written.isEmpty()) {
      markSeeded(written.size(), announce);
    }
    var totals =
        graph.read(
            "CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels",
            Map.of());
    LoadReport report =
        new LoadReport(
            written,
            transactions,
            problems,
            totals.getFirst().get("nodes").asLong(),
            totals.getFirst().get("rels").asLong());
    log.info(
        "Seed load: {} file(s) written, {} problem(s), +{} nodes, +{} relationships",
        written.size(),
        problems.size(),
        report.nodesCreated(),
        report.relationshipsCreated());
    return report;
  }

  /**
   * Why a schema-valid file does not bind to the writer's records: a value no record takes, such as
   * an impossible date or a comment period that closes before it opens.
   */
  private static String unbindable(JacksonException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof DateTimeException) {
        return "has an impossible date: " + t.getMessage();
      }
      if (t instanceof IllegalArgumentException) {
        return t.getMessage();
      }
    }
    return e.getOriginalMessage();
  }

  /** Whether seed data has ever been loaded into this graph. */
  public boolean seeded() {
    return !graph
        .read("MATCH (m:RegintelMeta {key: 'seed'}) RETURN m.loadedAt AS at", Map.of())
        .isEmpty();
  }

  /**
   * Drops units with duplicate ids or unresolved references, repeatedly, since dropping one file
   * can leave another's references unresolved.
   */
  private List<SeedUnit> consistent(List<SeedUnit> units, List<SeedProblem> problems) {
    List<SeedUnit> current = new ArrayList<>(units);
    Map<Space, Set<String>> inGraph = existingInGraph(current);
    boolean changed = true;
    while (changed) {
      changed = false;
      Map<Space, Map<String, String>> definedBy = new EnumMap<>(Space.class);
      Set<SeedUnit> rejected = new HashSet<>();
      for (SeedUnit unit : current) {
        for (Ref ref : unit.defines()) {
          String other =
              definedBy
                  .computeIfAbsent(ref.space(), s -> new HashMap<>())
                  .putIfAbsent(ref.id(), unit.file());
          if (other != null && !other.equals(unit.file())) {
            problems.add(
                new SeedProblem(
                    unit.file(),
                    ref.pointer(),
                    ref.space().noun() + " " + ref.id() + " is already defined in " + other));
            rejected.add(unit);
          }
        }
      }
      for (SeedUnit unit : current) {
        if (rejected.contains(unit)) {
          continue;
        }
        for (Ref ref : unit.references()) {
          boolean known =
              definedBy.getOrDefault(ref.space(), Map.of()).containsKey(ref.id())
                  || inGraph.getOrDefault(ref.space(), Set.of()).contains(ref.id());
          if (!known) {
            problems.add(
                new SeedProblem(
                    unit.file(),
                    ref.pointer(),
                    "refers to the "
                        + ref.space().noun()
                        + " "
                        + ref.id()
                        + ", which no valid seed file defines and the graph does not hold"));
            rejected.add(unit);
            break;
          }
        }
      }
      if (!rejected.isEmpty()) {
        current.removeAll(rejected);
        changed = true;
      }
    }
    return current;
  }

  /**
   * Which referenced ids, not defined by any unit, the graph already holds: one query per space.
   */
  private Map<Space, Set<String>> existingInGraph(List<SeedUnit> units) {
    Map<Space, Set<String>> defined = new EnumMap<>(Space.class);
    units.forEach(
        u ->
            u.defines()
                .forEach(
                    r -> defined.computeIfAbsent(r.space(), s -> new HashSet<>()).add(r.id())));
    Map<Space, Set<String>> wanted = new EnumMap<>(Space.class);
    for (SeedUnit unit : units) {
      for (Ref ref : unit.references()) {
        if (!defined.getOrDefault(ref.space(), Set.of()).contains(ref.id())
            && ref.space().label != null) {
          wanted.computeIfAbsent(ref.space(), s -> new HashSet<>()).add(ref.id());
        }
      }
    }
    Map<Space, Set<String>> found = new EnumMap<>(Space.class);
    wanted.forEach(
        (space, ids) -> {
          String cypher =
              "MATCH (n:"
                  + space.label
                  + ") WHERE n."
                  + space.key
                  + " IN $ids RETURN n."
                  + space.key
                  + " AS id";
          found.put(
              space,
              graph.read(cypher, Map.of("ids", List.copyOf(ids))).stream()
                  .map(r -> r.get("id").asString())
                  .collect(Collectors.toSet()));
        });
    return found;
  }

  /** Kinds in dependency order; documents so that each comes after the versions it refers to. */
  private static List<SeedUnit> writeOrder(List<SeedUnit> units) {
    List<SeedUnit> sorted = new ArrayList<>(units);
    sorted.sort(Comparator.comparing(SeedUnit::kind));
    Map<String, SeedUnit> documentsById = new LinkedHashMap<>();
    for (SeedUnit unit : sorted) {
      if (unit.kind() == SeedKind.DOCUMENT) {
        unit.defines().stream()
            .filter(r -> r.space() == Space.DOCUMENT)
            .forEach(r -> documentsById.put(r.id(), unit));
      }
    }
    List<SeedUnit> ordered = new ArrayList<>();
    Set<SeedUnit> placed = new HashSet<>();
    for (SeedUnit unit : sorted) {
      place(unit, documentsById, placed, new HashSet<>(), ordered);
    }
    return ordered;
  }

  private static void place(
      SeedUnit unit,
      Map<String, SeedUnit> documents,
      Set<SeedUnit> placed,
      Set<SeedUnit> visiting,
      List<SeedUnit> out) {
    if (placed.contains(unit) || !visiting.add(unit)) {
      return; // a cycle of version links: each MERGE still finds its target on the second pass
    }
    if (unit.kind() == SeedKind.DOCUMENT) {
      for (Ref ref : unit.references()) {
        SeedUnit dependency = ref.space() == Space.DOCUMENT ? documents.get(ref.id()) : null;
        if (dependency != null) {
          place(dependency, documents, placed, visiting, out);
        }
      }
    }
    placed.add(unit);
    out.add(unit);
  }

  /**
   * Writes {@code group} in one transaction, its files' records together as one {@link Writes} (so
   * a kind of record costs one statement for the group, not one a file), and reports each file once
   * the transaction has committed. When the writer refuses any record, nothing of the group is kept
   * and the group is written again one file a transaction, so that only the files with refused
   * records stay out.
   */
  private void writeGroup(
      List<SeedUnit> group,
      List<LoadReport.FileResult> written,
      List<LoadReport.Transaction> transactions,
      List<SeedProblem> problems,
      Consumer<LoadReport.FileResult> progress) {
    Writes together = new Writes(Method.SEED);
    group.forEach(unit -> together.addAll(unit.writes()));
    List<SeedUnit> committed = group;
    try {
      transactions.add(transaction(group.size(), graph.write(tx -> writeIn(tx, together))));
    } catch (Refused e) {
      committed = new ArrayList<>();
      for (SeedUnit unit : group) {
        try {
          transactions.add(transaction(1, graph.write(tx -> writeIn(tx, unit.writes()))));
          committed.add(unit);
        } catch (Refused refused) {
          refused
              .result
              .rejections()
              .forEach(r -> problems.add(new SeedProblem(unit.file(), "", r.toString())));
        }
      }
    }
    for (SeedUnit unit : committed) {
      LoadReport.FileResult result = new LoadReport.FileResult(unit.file(), unit.summary());
      written.add(result);
      progress.accept(result);
    }
  }

  /** Writes records in {@code tx}; any refused record rolls the transaction back. */
  private WriteResult writeIn(Graph.Tx tx, Writes writes) {
    WriteResult r = writer.write(tx, writes, null);
    if (!r.rejections().isEmpty()) {
      throw new Refused(r);
    }
    return r;
  }

  private static LoadReport.Transaction transaction(int files, WriteResult result) {
    return new LoadReport.Transaction(
        files, result.nodesCreated(), result.relationshipsCreated(), result.propertiesSet());
  }

  /** A file the writer refused records of; thrown inside its transaction so that none is kept. */
  private static final class Refused extends RuntimeException {
    final transient WriteResult result;

    Refused(WriteResult result) {
      super("refused: " + result.rejections(), null, false, false);
      this.result = result;
    }
  }

  private void markSeeded(int files, boolean announce) {
    graph.write(
        tx ->
            tx.run(
                """
                MERGE (m:RegintelMeta {key: 'seed'})
                  ON CREATE SET m.firstLoadedAt = datetime()
                SET m.loadedAt = datetime(), m.files = $files""",
                Map.of("files", files)));
    if (announce) {
      GraphChanged.announce(graph, events);
    } else {
      GraphChanged.count(graph);
    }
  }

  private static String displayName(List<Path> roots, Path file) {
    for (Path root : roots) {
      if (file.startsWith(root) && !file.equals(root)) {
        return root.relativize(file).toString();
      }
    }
    return file.toString();
  }
}
