package dev.regintel.crawlers.crawl;

import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.Source;
import dev.regintel.crawlers.fetch.FetchOutcome;
import dev.regintel.ontology.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A recorded crawl on disk, replayed through the same parsers as a live one. A snapshot directory
 * holds one folder per source; each folder holds the recorded bodies, byte for byte, and an {@code
 * index.json} that says which URL each file was fetched from, with its Content-Type and retrieval
 * time:
 *
 * <pre>{@code
 * {"source": "nist",
 *  "entries": [{"url": "https://csrc.nist.gov/...", "file": "drafts-open-for-comment.json",
 *               "contentType": "application/json", "retrieved": "2026-11-20T08:30:00Z"}]}
 * }</pre>
 *
 * Replaying gives records with the recorded retrieval time and the bytes' SHA-256, so replaying the
 * same snapshot twice gives the same records. {@link Recorder} writes snapshots from a live crawl.
 */
public final class Snapshot implements Retriever {

  /** The index file in each source's folder. */
  public static final String INDEX = "index.json";

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  /**
   * One recorded resource.
   *
   * @param url the URL it was fetched from (the crawl asks for this URL)
   * @param file its body, relative to the source's folder
   * @param contentType the Content-Type it was served with, or null
   * @param retrieved when it was fetched
   */
  public record Entry(URI url, String file, String contentType, Instant retrieved) {}

  private final Path dir;
  private final Map<String, Map<URI, Entry>> indexes = new ConcurrentHashMap<>();

  /**
   * A snapshot in {@code dir}.
   *
   * @throws IllegalArgumentException when {@code dir} is not a directory
   */
  public Snapshot(Path dir) {
    this.dir = Objects.requireNonNull(dir, "dir").toAbsolutePath().normalize();
    if (!Files.isDirectory(this.dir)) {
      throw new IllegalArgumentException("snapshot directory not found: " + dir);
    }
  }

  public Path dir() {
    return dir;
  }

  /** Whether the snapshot holds a folder with an index for the source named {@code name}. */
  public boolean covers(String name) {
    return Files.isRegularFile(dir.resolve(name).resolve(INDEX));
  }

  /**
   * The entries recorded for {@code name}, in index order.
   *
   * @throws SnapshotException when the index is missing, malformed or names a file outside the
   *     source's folder
   */
  public List<Entry> entries(String name) {
    return List.copyOf(index(name).values());
  }

  @Override
  public boolean holds(Source source, URI url) {
    return index(source.name()).containsKey(url);
  }

  @Override
  public FetchOutcome retrieve(Source source, URI url) {
    Map<URI, Entry> index;
    try {
      index = index(source.name());
    } catch (SnapshotException e) {
      return new FetchOutcome.Failed(url, e.getMessage(), 0);
    }
    Entry entry = index.get(url);
    if (entry == null) {
      return new FetchOutcome.Failed(
          url, "not in the snapshot " + dir.resolve(source.name()).resolve(INDEX), 0);
    }
    Path file = dir.resolve(source.name()).resolve(entry.file());
    byte[] body;
    try {
      body = Files.readAllBytes(file);
    } catch (IOException e) {
      return new FetchOutcome.Failed(url, "cannot read " + file + ": " + e, 0);
    }
    return new FetchOutcome.Fetched(
        url, new Fetched(url, entry.contentType(), body, entry.retrieved(), Sha256.hex(body)));
  }

  @Override
  public String describe() {
    return "offline from " + dir;
  }

  private Map<URI, Entry> index(String name) {
    return indexes.computeIfAbsent(name, this::read);
  }

  private Map<URI, Entry> read(String name) {
    Path folder = dir.resolve(name);
    Path indexFile = folder.resolve(INDEX);
    JsonNode root;
    try {
      root = JSON.readTree(Files.readAllBytes(indexFile));
    } catch (NoSuchFileException e) {
      throw new SnapshotException(
          "no snapshot of '" + name + "' in " + dir + " (" + indexFile + ")");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (JacksonException e) {
      throw new SnapshotException(indexFile + " is not valid JSON: " + e.getOriginalMessage());
    }
    JsonNode entries = root.path("entries");
    if (!entries.isArray()) {
      throw new SnapshotException(indexFile + ": 'entries' must be an array");
    }
    Map<URI, Entry> index = new LinkedHashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      JsonNode e = entries.get(i);
      String at = indexFile + " entries[" + i + "]";
      String url = text(e, "url", at);
      String file = text(e, "file", at);
      Path resolved = folder.resolve(file).normalize();
      if (!resolved.startsWith(folder) || resolved.equals(folder)) {
        throw new SnapshotException(at + ": file '" + file + "' is outside " + folder);
      }
      Instant retrieved;
      try {
        retrieved = Instant.parse(text(e, "retrieved", at));
      } catch (DateTimeParseException ex) {
        throw new SnapshotException(at + ": 'retrieved' is not an ISO-8601 instant");
      }
      URI uri;
      try {
        uri = URI.create(url);
      } catch (IllegalArgumentException ex) {
        throw new SnapshotException(at + ": 'url' is not a URL: " + url);
      }
      String contentType =
          e.path("contentType").isString() ? e.get("contentType").asString() : null;
      if (index.putIfAbsent(uri, new Entry(uri, file, contentType, retrieved)) != null) {
        throw new SnapshotException(at + ": " + url + " is recorded twice");
      }
    }
    return index;
  }

  private static String text(JsonNode node, String field, String at) {
    JsonNode value = node.path(field);
    if (!value.isString() || value.asString().isBlank()) {
      throw new SnapshotException(at + ": '" + field + "' is missing");
    }
    return value.asString();
  }

  /** A snapshot that cannot be read: what is wrong, and in which file. */
  public static final class SnapshotException extends RuntimeException {
    public SnapshotException(String message) {
      super(message);
    }
  }

  /**
   * Records what a live crawl fetched into a snapshot directory, so it can be replayed offline.
   * Wraps the live retriever; the index of each source is rewritten after every resource, so an
   * interrupted crawl still leaves a usable snapshot.
   */
  public static final class Recorder implements Retriever {

    private final Retriever live;
    private final Path dir;
    private final Map<String, Map<URI, Entry>> recorded = new LinkedHashMap<>();

    public Recorder(Retriever live, Path dir) {
      this.live = Objects.requireNonNull(live, "live");
      this.dir = Objects.requireNonNull(dir, "dir").toAbsolutePath().normalize();
    }

    @Override
    public synchronized FetchOutcome retrieve(Source source, URI url) {
      FetchOutcome outcome = live.retrieve(source, url);
      if (outcome instanceof FetchOutcome.Fetched fetched) {
        record(source.name(), url, fetched.resource());
      }
      return outcome;
    }

    @Override
    public boolean holds(Source source, URI url) {
      return live.holds(source, url);
    }

    @Override
    public String describe() {
      return live.describe() + ", recording to " + dir;
    }

    @Override
    public void close() {
      live.close();
    }

    private void record(String name, URI url, Fetched resource) {
      Map<URI, Entry> entries = recorded.computeIfAbsent(name, n -> new LinkedHashMap<>());
      Path folder = dir.resolve(name);
      String file = fileName(url, resource.contentType(), entries.size());
      try {
        Files.createDirectories(folder);
        Files.write(folder.resolve(file), resource.body());
        entries.put(url, new Entry(url, file, resource.contentType(), resource.retrieved()));
        ObjectNode root = JSON.createObjectNode();
        root.put("source", name);
        ArrayNode array = root.putArray("entries");
        for (Entry e : entries.values()) {
          ObjectNode o = array.addObject();
          o.put("url", e.url().toString());
          o.put("file", e.file());
          if (e.contentType() != null) {
            o.put("contentType", e.contentType());
          }
          o.put("retrieved", e.retrieved().toString());
        }
        Files.write(
            folder.resolve(INDEX), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot record " + url + " in " + folder, e);
      }
    }

    /** A readable, unique file name: the URL's last path segment, numbered, with an extension. */
    static String fileName(URI url, String contentType, int n) {
      String path = Optional.ofNullable(url.getPath()).orElse("");
      String last = path.replaceAll("/+$", "");
      last = last.substring(last.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "-");
      if (last.isEmpty()) {
        last = "index";
      }
      String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
      String extension =
          last.contains(".")
              ? ""
              : type.contains("json")
                  ? ".json"
                  : type.contains("html") ? ".html" : type.contains("xml") ? ".xml" : ".bin";
      return "%03d-%s%s".formatted(n + 1, last, extension);
    }
  }

  /** The files of a snapshot, e.g. for a listing; order as in the index. */
  public List<Path> files(String name) {
    List<Path> files = new ArrayList<>();
    for (Entry e : entries(name)) {
      files.add(dir.resolve(name).resolve(e.file()));
    }
    return files;
  }
}
