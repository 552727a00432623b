package dev.regintel.app.internal.neo4j;

import dev.regintel.app.internal.RegintelException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on a data directory, held for the life of the process that uses it, so that two
 * regintel processes never open the same store. Taking it fails at once, with the holder's pid when
 * known, instead of waiting on Neo4j's own store lock.
 */
public final class DataDirectoryLock implements AutoCloseable {

  static final String FILE_NAME = "regintel.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private DataDirectoryLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Locks {@code dataDir}, creating it when missing.
   *
   * @throws RegintelException when another process holds the lock or the directory is unusable
   */
  public static DataDirectoryLock acquire(Path dataDir) {
    Path file = dataDir.resolve(FILE_NAME);
    try {
      Files.createDirectories(dataDir);
      FileChannel channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (java.nio.channels.OverlappingFileLockException e) {
        channel.close();
        throw new RegintelException(
            "The data directory "
                + dataDir.toAbsolutePath()
                + " is already in use by this process.");
      } catch (IOException | RuntimeException e) {
        channel.close();
        throw e;
      }
      if (lock == null) {
        String holder = readHolder(channel);
        channel.close();
        throw new RegintelException(
            "The data directory "
                + dataDir.toAbsolutePath()
                + " is in use by another process"
                + (holder.isEmpty() ? "" : " (pid " + holder + ")")
                + ". Stop it (is 'regintel serve' running?) or choose another directory with --data.");
      }
      channel.truncate(0);
      channel.write(
          ByteBuffer.wrap(
              Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)),
          0);
      channel.force(false);
      return new DataDirectoryLock(channel, lock);
    } catch (IOException e) {
      throw new RegintelException(
          "Cannot use the data directory " + dataDir.toAbsolutePath() + ": " + e.getMessage(), e);
    }
  }

  private static String readHolder(FileChannel channel) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(32);
    int read = channel.read(buffer, 0);
    return read <= 0 ? "" : new String(buffer.array(), 0, read, StandardCharsets.US_ASCII).trim();
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
