package dev.regintel.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The {@code --out} file of a command that writes one: checked before anything starts (a usage
 * error), then written beside the target and moved into place, so it appears only when complete.
 */
final class OutFiles {

  /** What goes into the file. */
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private OutFiles() {}

  /**
   * Runs {@code work} with {@code System.out} pointed at standard error and hands it the real
   * standard output: the app's console log (which Spring Boot writes to {@code System.out}) then
   * cannot mix into a file written to standard output, e.g. a CSV piped to another program.
   */
  static <T> T toStandardOutput(Function<PrintStream, T> work) {
    PrintStream stdout = System.out;
    System.setOut(System.err);
    try {
      return work.apply(stdout);
    } finally {
      stdout.flush();
      System.setOut(stdout);
    }
  }

  /**
   * @throws ParameterException when {@code file} is a directory or its directory does not exist
   */
  static void check(CommandSpec spec, Path file) {
    Path parent = file.toAbsolutePath().getParent();
    if (Files.isDirectory(file)) {
      throw new ParameterException(spec.commandLine(), "--out: " + file + " is a directory");
    }
    if (parent == null || !Files.isDirectory(parent)) {
      throw new ParameterException(spec.commandLine(), "--out: no directory " + parent);
    }
  }

  /** Writes {@code content} to {@code file}, replacing it when it exists. */
  static void write(Path file, Content content) {
    Path part = file.toAbsolutePath().getParent().resolve("." + file.getFileName() + ".part");
    try {
      try (OutputStream stream = Files.newOutputStream(part)) {
        content.writeTo(stream);
      }
      Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
