package dev.regintel.app.internal.neo4j;

import java.nio.file.Path;

/** Run in a child JVM by {@link EmbeddedNeo4jIT}: holds a data directory's lock until killed. */
public final class LockHolder {

  private LockHolder() {}

  public static void main(String[] args) throws Exception {
    try (DataDirectoryLock lock = DataDirectoryLock.acquire(Path.of(args[0]))) {
      System.out.println("locked");
      System.out.flush();
      Thread.sleep(60_000);
    }
  }
}
