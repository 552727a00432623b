package dev.regintel.app.productimport;

import java.util.List;

/**
 * What importing a product file did, or on a dry run would do. A file is accepted as a whole or
 * refused as a whole: refused, nothing is written and {@link #problems} says why, each with where
 * in the file.
 *
 * @param accepted whether the file is (on a dry run: would be) written
 * @param dryRun whether this was a dry run, which writes nothing
 * @param fileName the file's name, also its records' provenance
 * @param sha256 the SHA-256 of the file's bytes, also in its records' provenance
 * @param title what the file calls itself
 * @param suppliers the suppliers the file writes (ids), whether or not they are new
 * @param devices the devices it writes
 * @param controls the controls it writes
 * @param claims the SATISFIES claims it writes
 * @param nodesCreated nodes the write created (none when it only replaced what an earlier import of
 *     the file wrote; none on a dry run or a refusal)
 * @param relationshipsCreated relationships the write created
 * @param problems why the file is refused; empty when it is accepted
 * @param notices what was read with an assumption or left out, e.g. requirements only planned
 */
public record ProductImportReport(
    boolean accepted,
    boolean dryRun,
    ProductFileFormat format,
    String fileName,
    String sha256,
    String title,
    List<String> suppliers,
    List<String> devices,
    List<String> controls,
    int claims,
    long nodesCreated,
    long relationshipsCreated,
    List<ImportProblem> problems,
    List<String> notices) {

  public ProductImportReport {
    suppliers = List.copyOf(suppliers);
    devices = List.copyOf(devices);
    controls = List.copyOf(controls);
    problems = List.copyOf(problems);
    notices = List.copyOf(notices);
  }

  /** Whether the graph was written. */
  public boolean written() {
    return accepted && !dryRun;
  }
}
