package dev.regintel.app.internal.neo4j;

import dev.regintel.app.internal.RegintelException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The password of the embedded Neo4j's {@code neo4j} user: generated on the first start, kept in
 * {@code <data>/bolt-password} readable by its owner only, and reused afterwards. A process that
 * may read the data directory may use the graph; any other local process is refused by Bolt.
 */
public final class BoltPassword {

  /** The user the app and the tools connect as. */
  public static final String USER = "neo4j";

  /** The file's name in the data directory. */
  public static final String FILE = "bolt-password";

  private static final SecureRandom RANDOM = new SecureRandom();

  private BoltPassword() {}

  /** The file holding the password of the embedded Neo4j in {@code dataDir}. */
  public static Path file(Path dataDir) {
    return dataDir.resolve(FILE).toAbsolutePath();
  }

  /**
   * The password of the embedded Neo4j in {@code dataDir}, for a tool that connects to its Bolt
   * port.
   *
   * @throws RegintelException when the file is missing or unreadable
   */
  public static String read(Path dataDir) {
    Path file = file(dataDir);
    try {
      String password = Files.readString(file, StandardCharsets.UTF_8).strip();
      if (password.isEmpty()) {
        throw new RegintelException("The Bolt password file " + file + " is empty");
      }
      return password;
    } catch (IOException e) {
      throw new RegintelException("Cannot read the Bolt password in " + file + ": " + e, e);
    }
  }

  /**
   * Reads the password, or generates and stores one when there is none yet.
   *
   * @return the password and whether it was generated just now
   */
  static Stored readOrCreate(Path dataDir) {
    Path file = file(dataDir);
    if (Files.exists(file)) {
      return new Stored(read(dataDir), false);
    }
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    try {
      Files.createDirectories(file.getParent());
      if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        // Created with owner-only permissions, so the password is never readable by others.
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(file);
      }
      Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
    } catch (FileAlreadyExistsException e) {
      return new Stored(read(dataDir), false);
    } catch (IOException e) {
      throw new RegintelException("Cannot store the Bolt password in " + file + ": " + e, e);
    }
    return new Stored(password, true);
  }

  /**
   * @param password the password
   * @param created whether it was generated on this start
   */
  record Stored(String password, boolean created) {}
}
