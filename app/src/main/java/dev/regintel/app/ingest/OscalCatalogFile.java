package dev.regintel.app.ingest;

import dev.regintel.app.ingest.SeedModel.Source;
import java.util.List;

/**
 * An {@code oscal-catalog} seed file: an OSCAL catalog to import into a document that a {@code
 * document} file defines, with the baselines that select its controls and where the catalog comes
 * from. Paths are relative to the seed file.
 *
 * @param kind {@code oscal-catalog}
 * @param document the id of the document the catalog fills
 * @param catalog the catalog imported
 * @param baselines resolved baseline catalogs whose controls are marked as selected by them
 * @param existing OSCAL classes (e.g. {@code family}) whose items the document file already holds
 *     under the same refs: they are not written, but their parts hang under them
 * @param titlesJa where the Japanese titles of the imported items are; null when there are none,
 *     which refuses the file like any missing title
 * @param note what the file is for
 */
record OscalCatalogFile(
    String kind,
    String document,
    Catalog catalog,
    List<Baseline> baselines,
    List<String> existing,
    TitlesJa titlesJa,
    String note) {

  /**
   * The Japanese titles of the imported items ({@link OscalTitlesJa}).
   *
   * @param file a titles file, relative to the seed file; null for none
   * @param partial true lets items whose English title has no Japanese entry load with English
   *     only; by default (null, false) such items refuse the file, naming their titles
   */
  record TitlesJa(String file, Boolean partial) {

    boolean allowsMissing() {
      return Boolean.TRUE.equals(partial);
    }
  }

  /**
   * The catalog imported.
   *
   * @param file its path, relative to the seed file
   * @param title its metadata title, which the file must have (so that a swapped file is refused)
   * @param baseline when the catalog is itself a resolved baseline, the baseline's name
   * @param source its origin (the repository address at a commit), method and SHA-256
   */
  record Catalog(String file, String title, String baseline, Source source) {}

  /**
   * A resolved baseline catalog: each of its controls is in the imported catalog, and is marked
   * with {@code name}.
   */
  record Baseline(String name, String file, String title, Source source) {}
}
