package dev.regintel.app.internal.neo4j;

import dev.regintel.app.internal.RegintelException;
import dev.regintel.ontology.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The schema migrations this build ships ({@code classpath:neo4j/migrations/*.cypher}), summed up
 * as one digest of their names and contents, so a start can tell in one read whether the graph's
 * schema was migrated by exactly these files.
 *
 * @param digest SHA-256 over every file's name and content, in name order
 * @param count how many files there are
 */
record ShippedMigrations(String digest, int count) {

  static final String LOCATION = "classpath*:neo4j/migrations/*.cypher";

  static ShippedMigrations fromClasspath() {
    try {
      Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
      Arrays.sort(files, Comparator.comparing(Resource::getFilename));
      StringBuilder all = new StringBuilder();
      for (Resource file : files) {
        try (InputStream in = file.getInputStream()) {
          all.append(file.getFilename())
              .append('\n')
              .append(new String(in.readAllBytes(), StandardCharsets.UTF_8))
              .append('\u0000');
        }
      }
      return new ShippedMigrations(
          Sha256.hex(all.toString().getBytes(StandardCharsets.UTF_8)), files.length);
    } catch (IOException e) {
      throw new RegintelException(
          "Cannot read the shipped schema migrations: " + e.getMessage(), e);
    }
  }
}
