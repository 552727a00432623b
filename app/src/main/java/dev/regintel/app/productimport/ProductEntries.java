package dev.regintel.app.productimport;

import dev.regintel.app.product.ControlContent;
import dev.regintel.ontology.Fulfilment;
import java.util.List;

/**
 * What a product file says, whatever its format, before anything is looked up in the graph: the
 * parsers' records. Every entry knows where in the file it stands ({@code at}).
 *
 * @param title what the file calls itself (an OSCAL title, the sheet's device name)
 * @param problems what is wrong with the file on its own (values outside the vocabulary, missing
 *     names, ids twice); the graph adds its own
 * @param notices what was read with an assumption or left out, e.g. implemented requirements whose
 *     status makes no claim
 */
public record ProductEntries(
    String title,
    List<Supplier> suppliers,
    List<Device> devices,
    List<Control> controls,
    List<Claim> claims,
    List<ImportProblem> problems,
    List<String> notices) {

  public ProductEntries {
    suppliers = List.copyOf(suppliers);
    devices = List.copyOf(devices);
    controls = List.copyOf(controls);
    claims = List.copyOf(claims);
    problems = List.copyOf(problems);
    notices = List.copyOf(notices);
  }

  /**
   * A supplier the file writes, or only names ({@code reference}: it must be in the graph).
   *
   * @param url its web site
   */
  public record Supplier(
      String id,
      String name,
      String nameJa,
      String url,
      String note,
      boolean reference,
      String at) {}

  /**
   * A device the file writes, with its links (which replace the stored ones).
   *
   * @param category a product category used for applicability, e.g. CONSUMER_IOT
   * @param use who it is sold to (CONSUMER, PROFESSIONAL, INDUSTRIAL), or null
   * @param markets jurisdiction codes, e.g. GB, EU
   */
  public record Device(
      String id,
      String name,
      String nameJa,
      String category,
      String use,
      String supplierId,
      List<String> controlIds,
      List<String> markets,
      String note,
      String at) {

    public Device {
      controlIds = List.copyOf(controlIds);
      markets = List.copyOf(markets);
    }
  }

  /** A control the file writes, or only names for a device ({@code reference}). */
  public record Control(
      String id, ControlContent content, String note, boolean reference, String at) {}

  /**
   * A claim that a control of the file fulfils a requirement, FULL or PARTIAL; null when the file's
   * value is wrong (a problem already, so the file is refused, but the requirement it names is
   * still looked up).
   */
  public record Claim(
      String controlId, ClaimTarget target, Fulfilment fulfilment, String evidence, String at) {}
}
