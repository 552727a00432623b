package dev.regintel.app.ingest;

import dev.regintel.crawlers.source.nist.ImportedControl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The Japanese titles an {@code oscal-catalog} seed file gives its imported items ({@link
 * OscalCatalogFile.TitlesJa}): a titles file ({@code seed-data/oscal/titles-ja.yaml}) maps each
 * English catalog title, as OSCAL gives it without the ref, to the project's Japanese title, and
 * says in {@code note} whose translation it is. One entry serves every item of that title, in every
 * catalog that names the file.
 *
 * @param note what every imported requirement's note says of its Japanese title (whose translation)
 * @param titles Japanese title by English catalog title
 */
record OscalTitlesJa(String note, Map<String, String> titles) {

  /** Refuses a key given twice, which a plain map would let the later one overwrite silently. */
  private static final YAMLMapper YAML =
      YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /**
   * Files read, by path, with the modification time and size they had: both SP 800-53 seed files
   * name the same file, which a load then parses once. A changed file is read again.
   */
  private static final Map<Path, Cached> READ = new ConcurrentHashMap<>();

  private record Cached(FileTime modified, long size, OscalTitlesJa titles) {}

  /** No titles file: every title is missing. */
  static final OscalTitlesJa NONE = new OscalTitlesJa(null, Map.of());

  /**
   * Reads the titles file {@code relative} (to the seed file).
   *
   * @throws SeedRejection when it cannot be read, is not a titles file, or has a blank note, key or
   *     title
   */
  static OscalTitlesJa read(SeedUnit unit, Path seedFile, String relative) {
    Path path = seedFile.toAbsolutePath().getParent().resolve(relative).normalize();
    String at = "/titlesJa/file";
    OscalTitlesJa read;
    FileTime modified;
    long size;
    try {
      modified = Files.getLastModifiedTime(path);
      size = Files.size(path);
      Cached cached = READ.get(path);
      if (cached != null && cached.modified().equals(modified) && cached.size() == size) {
        return cached.titles();
      }
      read = YAML.readValue(Files.readString(path), OscalTitlesJa.class);
    } catch (IOException | JacksonException e) {
      throw new SeedRejection(
          unit.file(), at, "cannot read the Japanese titles file " + path + ": " + e.getMessage());
    }
    if (read == null || blank(read.note()) || read.titles() == null || read.titles().isEmpty()) {
      throw new SeedRejection(
          unit.file(),
          at,
          relative
              + " is not a Japanese titles file: it needs a note (whose translation the"
              + " titles are) and titles (English catalog title: Japanese title)");
    }
    read.titles()
        .forEach(
            (en, ja) -> {
              if (blank(en) || blank(ja)) {
                throw new SeedRejection(
                    unit.file(), at, relative + " has a blank title: '" + en + "': '" + ja + "'");
              }
            });
    OscalTitlesJa titles = new OscalTitlesJa(read.note().strip(), Map.copyOf(read.titles()));
    READ.put(path, new Cached(modified, size, titles));
    return titles;
  }

  /**
   * The English title of an imported item as the titles file keys it: its catalog title without the
   * ref the import appends ({@code Account Management} for {@code Account Management (AC-2)}); null
   * for an item whose title is only its ref.
   */
  static String english(ImportedControl c) {
    String suffix = " (" + c.ref() + ")";
    if (c.title().equals(c.ref())) {
      return null;
    }
    return c.title().endsWith(suffix)
        ? c.title().substring(0, c.title().length() - suffix.length())
        : c.title();
  }

  /**
   * The Japanese title of {@code c}, written as the family records are ({@code アカウント管理（AC-2）}), its
   * bare ref when its title is only its ref, or null when the file has no entry for it.
   */
  String titleJa(ImportedControl c) {
    String english = english(c);
    if (english == null) {
      return c.ref();
    }
    String ja = titles.get(english);
    return ja == null ? null : ja.strip() + "（" + c.ref() + "）";
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
