package dev.regintel.app.productimport;

import dev.regintel.app.product.ControlContent;
import dev.regintel.app.productimport.ProductEntries.Claim;
import dev.regintel.app.productimport.ProductEntries.Control;
import dev.regintel.app.productimport.ProductEntries.Device;
import dev.regintel.app.productimport.ProductEntries.Supplier;
import dev.regintel.ontology.Fulfilment;
import dev.regintel.ontology.Ids;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A product sheet as the graph's records: its supplier (written when the sheet names it, only
 * referred to when it gives an id alone), its device, which implements every control of the sheet,
 * the controls it writes (those with a name; an id alone refers to a control the graph holds) and
 * their claims. Ids the sheet leaves out are made from names: {@code sup:<name>}, {@code
 * dev:<name>}, {@code ctl:<device>-<name>} (as {@link Ids#slug} writes them), so that the same
 * sheet imported again writes the same nodes.
 */
final class SheetProducts {

  /** An id the sheet gives: its kind's prefix, then lower-case letters, digits and {@code .:_-}. */
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._:-]{0,150}");

  private final List<ImportProblem> problems;

  private SheetProducts(List<ImportProblem> problems) {
    this.problems = problems;
  }

  /** The records of {@code sheet}; {@code problems} holds what its reader found already. */
  static ProductEntries map(ProductSheet sheet, List<ImportProblem> problems) {
    List<ImportProblem> all = new ArrayList<>(problems);
    return new SheetProducts(all).entries(sheet);
  }

  private ProductEntries entries(ProductSheet sheet) {
    List<Supplier> suppliers = new ArrayList<>();
    String supplierId = null;
    if (sheet.supplier() != null) {
      ProductSheet.Supplier s = sheet.supplier();
      supplierId = id(Ids.SUPPLIER, s.id(), s.name(), s.at(), "supplier");
      if (supplierId != null) {
        suppliers.add(
            new Supplier(
                supplierId, s.name(), s.nameJa(), s.url(), null, s.name() == null, s.at()));
      }
    }
    ProductSheet.Device d = sheet.device();
    String deviceId = null;
    if (d == null || d.name() == null) {
      problems.add(
          new ImportProblem(
              d == null ? "" : d.at(), "a product sheet needs its device's name (device_name)"));
    } else {
      deviceId = id(Ids.DEVICE, d.id(), d.name(), d.at(), "device");
      if (d.category() == null) {
        problems.add(
            new ImportProblem(
                d.at(),
                "the device needs its product category (device_category), e.g. CONSUMER_IOT"));
      }
    }
    List<Control> controls = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    String prefix = deviceId == null ? "" : deviceId.substring(Ids.DEVICE.length()) + "-";
    for (ProductSheet.Control c : sheet.controls()) {
      if (c.id() == null && c.name() == null) {
        problems.add(new ImportProblem(c.at(), "a control needs its id or its name"));
        continue;
      }
      String controlId =
          c.id() != null
              ? id(Ids.CONTROL, c.id(), null, c.at(), "control")
              : id(Ids.CONTROL, null, prefix + c.name(), c.at(), "control");
      if (controlId == null) {
        continue;
      }
      boolean reference = c.name() == null;
      controls.add(
          new Control(
              controlId,
              new ControlContent(
                  c.name(),
                  c.nameJa(),
                  Entries.prose(c.description()),
                  Entries.prose(c.descriptionJa()),
                  Entries.controlCategory(c.category(), c.at(), problems)),
              null,
              reference,
              c.at()));
      for (ProductSheet.Claim claim : c.claims()) {
        if (reference) {
          problems.add(
              new ImportProblem(
                  claim.at(),
                  "claims are made only for controls the sheet writes: give "
                      + controlId
                      + " its name, or claim through a control of your own"));
          continue;
        }
        Fulfilment fulfilment = Entries.fulfilment(claim.fulfilment(), claim.at(), problems);
        ClaimTarget target = target(claim);
        if (target != null) {
          claims.add(
              new Claim(
                  controlId, target, fulfilment, Entries.prose(claim.evidence()), claim.at()));
        }
      }
    }
    List<Device> devices = new ArrayList<>();
    if (deviceId != null) {
      devices.add(
          new Device(
              deviceId,
              d.name(),
              d.nameJa(),
              Entries.deviceCategory(d.category(), d.at(), problems),
              Entries.deviceUse(d.use(), d.at(), problems),
              supplierId,
              controls.stream().map(Control::id).distinct().toList(),
              d.markets(),
              d.note(),
              d.at()));
    }
    return new ProductEntries(
        d == null || d.name() == null ? "product sheet" : d.name(),
        suppliers,
        devices,
        controls,
        claims,
        problems,
        List.of());
  }

  /** The requirement a claim names; null (and a problem) when it names none. */
  private ClaimTarget target(ProductSheet.Claim claim) {
    if (claim.requirement() != null) {
      if (claim.document() != null || claim.ref() != null) {
        problems.add(
            new ImportProblem(
                claim.at(), "name the requirement by its id or by document and ref, not both"));
        return null;
      }
      if (!Ids.isRequirement(claim.requirement())) {
        problems.add(
            new ImportProblem(
                claim.at(),
                "'" + claim.requirement() + "' is not a requirement id (req:<document>:<ref>)"));
        return null;
      }
      return ClaimTarget.requirement(claim.requirement(), null, claim.requirement());
    }
    if (claim.document() == null || claim.ref() == null) {
      problems.add(
          new ImportProblem(
              claim.at(),
              "a claim names its requirement by id (requirement) or by document and ref"));
      return null;
    }
    String cited =
        claim.document()
            + (claim.version() == null ? "" : " " + claim.version())
            + " "
            + claim.ref();
    if (claim.document().startsWith(Ids.DOCUMENT)) {
      if (claim.version() != null) {
        problems.add(
            new ImportProblem(
                claim.at(), "a document id names its version already; leave version empty"));
        return null;
      }
      try {
        return ClaimTarget.requirement(
            Ids.requirement(claim.document(), claim.ref()), claim.document(), cited);
      } catch (IllegalArgumentException e) {
        problems.add(new ImportProblem(claim.at(), e.getMessage()));
        return null;
      }
    }
    return ClaimTarget.byCode(claim.document(), claim.version(), claim.ref(), cited);
  }

  /**
   * The id given (checked against its kind's prefix and form) or made from {@code name}; null (and
   * a problem) when neither works.
   */
  private String id(String prefix, String given, String name, String at, String kind) {
    if (given != null) {
      if (!given.startsWith(prefix) || !ID.matcher(given.substring(prefix.length())).matches()) {
        problems.add(
            new ImportProblem(
                at,
                "'"
                    + given
                    + "' is not a "
                    + kind
                    + " id: "
                    + prefix
                    + " then lower-case letters, digits and . : _ -"));
        return null;
      }
      return given;
    }
    if (name == null) {
      problems.add(new ImportProblem(at, "the " + kind + " needs its id or its name"));
      return null;
    }
    try {
      return prefix + Ids.slug(name);
    } catch (IllegalArgumentException e) {
      problems.add(new ImportProblem(at, "cannot make a " + kind + " id from '" + name + "'"));
      return null;
    }
  }
}
