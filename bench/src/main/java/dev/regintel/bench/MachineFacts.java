package dev.regintel.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The machine a benchmark ran on, so that figures are never read without it.
 *
 * @param cores processors available to the JVM
 * @param cpu the processor model, where the system tells it
 * @param memoryBytes physical memory
 * @param maxHeapBytes the JVM's maximum heap
 * @param java the Java runtime: version and vendor
 * @param os the operating system: name, version and architecture
 * @param neo4j the Neo4j server: version and edition, as it reports them
 * @param pageCache the embedded Neo4j's page cache setting
 */
public record MachineFacts(
    int cores,
    String cpu,
    long memoryBytes,
    long maxHeapBytes,
    String java,
    String os,
    String neo4j,
    String pageCache) {

  /** This machine and JVM, with the Neo4j facts the caller read from the server. */
  static MachineFacts current(String neo4j, String pageCache) {
    long memory = -1;
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      memory = os.getTotalMemorySize();
    }
    return new MachineFacts(
        Runtime.getRuntime().availableProcessors(),
        readCpu(),
        memory,
        Runtime.getRuntime().maxMemory(),
        Runtime.version() + " (" + System.getProperty("java.vendor") + ")",
        System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " "
            + System.getProperty("os.arch"),
        neo4j,
        pageCache);
  }

  private static String readCpu() {
    Path info = Path.of("/proc/cpuinfo");
    if (!Files.isReadable(info)) {
      return "unknown";
    }
    try (Stream<String> lines = Files.lines(info)) {
      return lines
          .filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).trim())
          .findFirst()
          .orElse("unknown");
    } catch (IOException | java.io.UncheckedIOException e) {
      return "unknown";
    }
  }
}
