package dev.regintel.crawlers.source;

import dev.regintel.crawlers.Fetched;
import dev.regintel.ontology.Method;
import dev.regintel.ontology.Provenance;
import dev.regintel.ontology.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Recorded responses, as the fetch layer hands them on. A fixture {@code <source>/<file>} is read
 * from {@code src/test/resources/fixtures/}, or, for the well-formed responses that also make up
 * the shipped offline snapshot, from {@code seed-data/snapshots/} (one copy of each file; each
 * source's fixture README lists both kinds).
 */
public final class Fixtures {

  /** When every fixture counts as fetched, unless a test says otherwise. */
  public static final Instant RETRIEVED = Instant.parse("2026-11-20T08:30:00Z");

  private Fixtures() {}

  /** The shipped snapshot, from the crawlers module's directory. */
  public static final Path SNAPSHOTS = Path.of("..", "seed-data", "snapshots");

  /** The seed files ({@code *.yaml}) of a seed-data directory, in name order, as text. */
  public static List<String> seedFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<String> texts = new ArrayList<>();
      for (Path f : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        texts.add(Files.readString(f));
      }
      return texts;
    }
  }

  /** A top-level field of a seed file's {@code document}, quotes removed, or null. */
  public static String seedField(String yaml, String name) {
    Matcher m = Pattern.compile("(?m)^  " + name + ": '?(.*?)'?$").matcher(yaml);
    return m.find() ? m.group(1) : null;
  }

  /** The bytes of the fixture {@code <source>/<file>}. */
  public static byte[] bytes(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + path)) {
      if (in != null) {
        return in.readAllBytes();
      }
      Path shipped = SNAPSHOTS.resolve(path);
      if (Files.isRegularFile(shipped)) {
        return Files.readAllBytes(shipped);
      }
      throw new IllegalArgumentException(
          "no fixture " + path + " in src/test/resources/fixtures or " + SNAPSHOTS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fixture as fetched from {@code url} with the given Content-Type. */
  public static Fetched fetched(String path, String url, String contentType) {
    return fetched(bytes(path), url, contentType, RETRIEVED);
  }

  public static Fetched fetched(byte[] body, String url, String contentType, Instant retrieved) {
    return new Fetched(URI.create(url), contentType, body, retrieved, Sha256.hex(body));
  }

  /** The provenance every record parsed from {@code fetched} must carry. */
  public static Provenance provenance(Fetched fetched) {
    return new Provenance(
        fetched.url().toString(), fetched.retrieved(), Method.CRAWL, fetched.sha256());
  }
}
