package dev.regintel.app.search;

import dev.regintel.app.internal.config.RegintelProperties;
import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.app.write.GraphChanged;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The Lucene index under {@code <data>/search}. It records the graph generation it was built from;
 * at start it is rebuilt when missing or older than the graph, and after every load (which raises
 * {@link GraphChanged}) it is rebuilt from the graph. Searches use the last complete build.
 */
@Component
public class SearchIndex implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
  private static final String GENERATION = "regintel.graph.generation";
  private static final String FORMAT = "regintel.index.format";

  /**
   * The layout of the index's fields; an index on disk in another layout is rebuilt even when its
   * graph generation is current. 2: ids and parents as doc values; 3: the document status; 4: the
   * snippet fields analysed, with offsets in their postings.
   */
  static final String INDEX_FORMAT = "4";

  /** What one build gives searches: the reader and the analysis and glossary it was built with. */
  record Snapshot(
      IndexSearcher searcher,
      DirectoryReader reader,
      Analyzer analyzer,
      Glossary glossary,
      long generation) {}

  /**
   * Indexes with at least this many items are searched in {@link #PARALLELISM} slices at once (one
   * per core); below it, one thread is faster than handing work over.
   */
  static final int PARALLEL_FROM = 50_000;

  static final int PARALLELISM = Math.max(1, Runtime.getRuntime().availableProcessors());

  /** Runs the slices of one search beside the thread that asked (which runs one itself). */
  private final ExecutorService slices =
      Executors.newFixedThreadPool(
          Math.max(1, PARALLELISM - 1),
          Thread.ofPlatform().daemon().name("search-slice-", 1).factory());

  private volatile int parallelFrom = PARALLEL_FROM;

  private final Graph graph;
  private final Path dir;
  private final AtomicReference<Snapshot> current = new AtomicReference<>();
  private final boolean maintain;
  private FSDirectory directory;

  public SearchIndex(Graph graph, RegintelProperties properties) {
    this.graph = graph;
    this.dir = properties.dataPath().resolve("search");
    this.maintain = properties.search().maintain();
  }

  /**
   * The index to search, building it first if there is none, with its reader's reference count
   * raised: the caller must {@link #release} it, so a rebuild never closes a reader in use.
   */
  Snapshot acquire() {
    while (true) {
      Snapshot s = current.get();
      if (s == null) {
        s = refresh();
      }
      if (s.reader().tryIncRef()) {
        return s;
      }
    }
  }

  void release(Snapshot s) {
    try {
      s.reader().decRef();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Rebuilds when the graph has changed since the index was built; returns the current snapshot.
   */
  public synchronized Snapshot refresh() {
    long generation = graphGeneration();
    Snapshot s = current.get();
    if (s != null && s.generation() == generation) {
      return s;
    }
    try {
      openDirectory();
      if (s == null && DirectoryReader.indexExists(directory)) {
        DirectoryReader reader = DirectoryReader.open(directory);
        Map<String, String> commit = reader.getIndexCommit().getUserData();
        String built = commit.get(GENERATION);
        if (built != null
            && Long.parseLong(built) == generation
            && INDEX_FORMAT.equals(commit.get(FORMAT))) {
          Glossary glossary = glossary();
          Snapshot opened =
              new Snapshot(
                  searcher(reader),
                  reader,
                  Analyzers.perField(glossary.userDictionary()),
                  glossary,
                  generation);
          current.set(opened);
          log.info(
              "Search index at graph generation {} is current ({} items)",
              generation,
              reader.numDocs());
          return opened;
        }
        reader.close();
      }
      return rebuild(generation);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Rebuilds the whole index from the graph now, stale or not (after the graph was changed by
   * something that published no {@link GraphChanged}, such as another process); returns the build.
   */
  public synchronized Build rebuildNow() {
    try {
      rebuild(graphGeneration());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lastBuild;
  }

  /**
   * Brings the index up to date after a write in this process, unless this process does not keep it
   * ({@code regintel.search.maintain}): a search then still builds it on first use.
   */
  @EventListener
  void onGraphChanged(GraphChanged event) {
    if (maintain) {
      refresh();
    }
  }

  /** Rebuilds the whole index from the graph, recording it as built from {@code generation}. */
  synchronized Snapshot rebuild(long generation) throws IOException {
    openDirectory();
    long started = System.nanoTime();
    Glossary glossary = glossary();
    Analyzer analyzer = Analyzers.perField(glossary.userDictionary());
    IndexWriterConfig config =
        new IndexWriterConfig(analyzer)
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
            .setRAMBufferSizeMB(128)
            // A build that fails leaves the last committed index as it was.
            .setCommitOnClose(false);
    int count;
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      count = index(writer);
      writer.setLiveCommitData(
          Map.of(GENERATION, Long.toString(generation), FORMAT, INDEX_FORMAT).entrySet());
      writer.commit();
    }
    DirectoryReader reader = DirectoryReader.open(directory);
    Snapshot fresh = new Snapshot(searcher(reader), reader, analyzer, glossary, generation);
    Snapshot old = current.getAndSet(fresh);
    if (old != null) {
      old.reader().decRef(); // closes once the last search using it releases it
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    Build build = new Build(generation, count, glossary.size(), seconds, sizeOnDisk());
    lastBuild = build;
    log.info(
        "Search index built: {} items, {} glossary terms, in {} ms ({} items/s), {} bytes",
        count,
        glossary.size(),
        Math.round(seconds * 1000),
        Math.round(build.itemsPerSecond()),
        build.bytes());
    return fresh;
  }

  /**
   * What a build of the index did.
   *
   * @param generation the graph generation it was built from
   * @param items documents, requirements and controls indexed
   * @param glossaryTerms Japanese glossary terms in the user dictionary and the expansions
   * @param seconds from reading the glossary to the new index being searchable
   * @param bytes the index's size on disk
   */
  public record Build(long generation, int items, int glossaryTerms, double seconds, long bytes) {

    public double itemsPerSecond() {
      return seconds > 0 ? items / seconds : 0;
    }
  }

  private volatile Build lastBuild;

  /** The last build since start, or null when the index was only opened; for the benchmark. */
  public Build lastBuild() {
    return lastBuild;
  }

  private long sizeOnDisk() throws IOException {
    long bytes = 0;
    for (String file : directory.listAll()) {
      bytes += directory.fileLength(file);
    }
    return bytes;
  }

  private void openDirectory() throws IOException {
    if (directory == null) {
      Files.createDirectories(dir);
      directory = FSDirectory.open(dir);
    }
  }

  private long graphGeneration() {
    var rows =
        graph.read("MATCH (m:RegintelMeta {key: 'graph'}) RETURN m.generation AS g", Map.of());
    return rows.isEmpty() || rows.getFirst().get("g").isNull()
        ? 0
        : rows.getFirst().get("g").asLong();
  }

  private Glossary glossary() {
    List<Glossary.Term> terms = new ArrayList<>();
    graph
        .read(
            "MATCH (t:Term) RETURN t.en AS en, t.ja AS ja, t.enAlt AS enAlt, t.jaAlt AS jaAlt, t.reading AS reading",
            Map.of())
        .forEach(
            r ->
                terms.add(
                    new Glossary.Term(
                        r.get("en").asString(),
                        r.get("ja").asString(),
                        r.get("enAlt").isNull()
                            ? List.of()
                            : r.get("enAlt").asList(Value::asString),
                        r.get("jaAlt").isNull()
                            ? List.of()
                            : r.get("jaAlt").asList(Value::asString),
                        r.get("reading").isNull() ? null : r.get("reading").asString())));
    return new Glossary(terms);
  }

  /**
   * Reads the graph page by page into {@code writer}; returns the number of items indexed. The
   * first pages are indexed in the calling thread, in the order read, so a small graph always gives
   * the same index; once the graph has shown {@link #PARALLEL_FROM} items, each further page is
   * analysed on one of {@link #PARALLELISM} threads while the next is read, with at most {@code
   * PARALLELISM + 1} pages waiting in memory. The first failure of any page fails the build.
   */
  private int index(IndexWriter writer) throws IOException {
    ExecutorService indexers =
        Executors.newFixedThreadPool(
            PARALLELISM, Thread.ofPlatform().daemon().name("search-index-", 1).factory());
    Semaphore inFlight = new Semaphore(PARALLELISM + 1);
    List<Future<?>> pages = new ArrayList<>();
    AtomicInteger seen = new AtomicInteger();
    try {
      int count =
          IndexDocuments.read(
              graph,
              page -> {
                if (seen.addAndGet(page.size()) <= parallelFrom) {
                  try {
                    writer.addDocuments(page);
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                  return;
                }
                inFlight.acquireUninterruptibly();
                pages.add(
                    indexers.submit(
                        () -> {
                          try {
                            writer.addDocuments(page);
                          } finally {
                            inFlight.release();
                          }
                          return null;
                        }));
              });
      for (Future<?> page : pages) {
        page.get();
      }
      return count;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while building the search index", e);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException("building the search index failed", e.getCause());
    } finally {
      indexers.shutdownNow();
    }
  }

  /** Sets the size from which builds and searches use every core; tests try the parallel paths. */
  void parallelFrom(int items) {
    parallelFrom = items;
  }

  /**
   * A searcher over {@code reader}: a large index is cut into one slice per core, segments split
   * where needed, so that one search uses every core (Lucene merges the slices' hits and counts).
   */
  private IndexSearcher searcher(DirectoryReader reader) {
    if (reader.maxDoc() < parallelFrom || PARALLELISM == 1) {
      return new IndexSearcher(reader);
    }
    int perSlice = (reader.maxDoc() + PARALLELISM - 1) / PARALLELISM;
    return new IndexSearcher(reader, slices) {
      @Override
      protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
        return slices(leaves, perSlice, Integer.MAX_VALUE, true);
      }
    };
  }

  @Override
  public synchronized void close() throws IOException {
    slices.shutdown();
    Snapshot s = current.getAndSet(null);
    if (s != null) {
      s.reader().close();
    }
    if (directory != null) {
      directory.close();
    }
  }
}
