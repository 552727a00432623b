package dev.regintel.bench;

import dev.regintel.app.internal.RegintelException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * Where a benchmark keeps its data and writes its results: {@code --data} and {@code --out}, the
 * latter checked before the run, and {@link #finish} to write the JSON.
 */
final class OutputArguments {

  /**
   * A file to write, in a directory that exists: found out now, not after a run of many minutes.
   */
  static final class OutputFile implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      Path file = Path.of(value);
      if (!Files.isDirectory(file.toAbsolutePath().getParent())) {
        throw new TypeConversionException(value + ": its directory does not exist");
      }
      return file;
    }
  }

  @Option(
      names = "--out",
      paramLabel = "FILE",
      converter = OutputFile.class,
      description = "also write the results as JSON to FILE")
  Path out;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "data directory of the embedded Neo4j; must hold no graph (default: a new temporary"
              + " directory, deleted afterwards)")
  Path data;

  /**
   * Writes {@code json} to the {@code --out} file, if one was named; returns the exit status: 0, or
   * 1 when requests failed.
   */
  int finish(String json, long failed) {
    if (out != null) {
      try {
        Files.writeString(out, json);
      } catch (IOException e) {
        throw new RegintelException("Cannot write " + out + ": " + e.getMessage(), e);
      }
      System.out.println("Wrote " + out);
    }
    return failed == 0 ? 0 : 1;
  }
}
