package dev.regintel.app.productimport;

import dev.regintel.app.productimport.GraphLookup.Ask;
import dev.regintel.app.productimport.GraphLookup.Coded;
import dev.regintel.app.productimport.GraphLookup.Found;
import dev.regintel.app.productimport.GraphLookup.Stored;
import dev.regintel.app.productimport.ProductEntries.Claim;
import dev.regintel.app.productimport.ProductEntries.Control;
import dev.regintel.app.productimport.ProductEntries.Device;
import dev.regintel.app.productimport.ProductEntries.Supplier;
import dev.regintel.app.write.ControlWrite;
import dev.regintel.app.write.DeviceWrite;
import dev.regintel.app.write.ProductDeletion;
import dev.regintel.app.write.SatisfiesWrite;
import dev.regintel.app.write.SupplierWrite;
import dev.regintel.app.write.Writes;
import dev.regintel.ontology.Ids;
import dev.regintel.ontology.Method;
import dev.regintel.ontology.Provenance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A product file's records against what the graph holds: pure, the lookup's answers in, every
 * problem and the writes out. The file is accepted only without problems, and then as a whole.
 *
 * <p>An import writes controls, devices and suppliers of its own: a node the file writes that the
 * graph already holds must have come from an import (the same file, or another import of the same
 * component), never from seed files or the API, which an import does not overwrite. Claims are made
 * only for controls the file writes; what the file only names (a supplier, a control) must be in
 * the graph.
 */
final class ImportCheck {

  /**
   * The outcome.
   *
   * @param writes what to write; empty when there are problems
   */
  record Checked(List<ImportProblem> problems, List<String> notices, Writes writes) {}

  private final ProductEntries entries;
  private final Found found;
  private final List<ImportProblem> problems;
  private final List<String> notices;

  private ImportCheck(ProductEntries entries, Found found) {
    this.entries = entries;
    this.found = found;
    this.problems = new ArrayList<>(entries.problems());
    this.notices = new ArrayList<>(entries.notices());
  }

  /** What to ask the graph about {@code entries}. */
  static Ask ask(ProductEntries entries) {
    Set<String> requirements = new LinkedHashSet<>();
    Set<String> documents = new LinkedHashSet<>();
    Map<String, Map<String, Object>> codes = new HashMap<>();
    for (Claim claim : entries.claims()) {
      ClaimTarget t = claim.target();
      if (t.requirementId() != null) {
        requirements.add(t.requirementId());
        if (t.documentId() != null) {
          documents.add(t.documentId());
        }
      } else {
        String refKey = refKey(t);
        if (refKey != null) {
          Map<String, Object> code =
              codes.computeIfAbsent(
                  key(t),
                  k -> {
                    Map<String, Object> m = new HashMap<>();
                    m.put("key", k);
                    m.put("code", Ids.codeKey(t.documentCode()));
                    m.put(
                        "version",
                        t.documentVersion() == null ? null : Ids.codeKey(t.documentVersion()));
                    m.put("refKeys", new ArrayList<String>());
                    return m;
                  });
          @SuppressWarnings("unchecked")
          List<String> refKeys = (List<String>) code.get("refKeys");
          refKeys.add(refKey);
        }
      }
    }
    return new Ask(
        List.copyOf(requirements),
        List.copyOf(documents),
        List.copyOf(codes.values()),
        entries.controls().stream().map(Control::id).distinct().toList(),
        entries.devices().stream().map(Device::id).distinct().toList(),
        entries.suppliers().stream().map(Supplier::id).distinct().toList(),
        entries.devices().stream().flatMap(d -> d.markets().stream()).distinct().toList());
  }

  /** Checks {@code entries} against {@code found}; the writes carry {@code provenance}. */
  static Checked check(ProductEntries entries, Found found, Provenance provenance) {
    ImportCheck check = new ImportCheck(entries, found);
    Writes writes = check.writes(provenance);
    return new Checked(
        List.copyOf(check.problems),
        List.copyOf(check.notices),
        check.problems.isEmpty() ? writes : new Writes(Method.IMPORT));
  }

  private Writes writes(Provenance provenance) {
    Writes writes = new Writes(Method.IMPORT);
    Map<String, String> written = new HashMap<>();
    for (Supplier s : entries.suppliers()) {
      if (s.reference()) {
        named(s.id(), found.suppliers(), "supplier", s.at());
      } else if (owned(s.id(), found.suppliers(), s.at(), written)) {
        writes.add(
            new SupplierWrite(s.id(), s.name(), s.nameJa(), s.url(), false, s.note(), provenance));
      }
    }
    Set<String> defined = new LinkedHashSet<>();
    for (Control c : entries.controls()) {
      if (c.reference()) {
        named(c.id(), found.controls(), "control", c.at());
      } else if (owned(c.id(), found.controls(), c.at(), written)) {
        defined.add(c.id());
        writes.add(new ControlWrite(c.id(), c.content(), null, c.note(), provenance));
      }
    }
    Map<String, String> claimed = new HashMap<>();
    for (Claim claim : entries.claims()) {
      String requirement = resolve(claim);
      if (requirement == null) {
        continue;
      }
      String other = claimed.putIfAbsent(claim.controlId() + " " + requirement, claim.at());
      if (other != null) {
        problems.add(
            new ImportProblem(
                claim.at(), claim.controlId() + " claims " + requirement + " already at " + other));
      } else if (defined.contains(claim.controlId()) && claim.fulfilment() != null) {
        writes.add(
            new SatisfiesWrite(
                claim.controlId(),
                requirement,
                claim.fulfilment().name(),
                claim.evidence(),
                provenance));
      }
    }
    for (Device d : entries.devices()) {
      for (String market : d.markets()) {
        if (!found.jurisdictions().contains(market)) {
          problems.add(
              new ImportProblem(d.at(), "market '" + market + "' is no jurisdiction code we hold"));
        }
      }
      if (owned(d.id(), found.devices(), d.at(), written)) {
        writes.add(
            new DeviceWrite(
                d.id(),
                d.name(),
                d.nameJa(),
                d.category(),
                d.use(),
                false,
                d.note(),
                d.supplierId(),
                d.controlIds(),
                d.markets(),
                provenance));
      }
    }
    staleClaims(defined, claimed, writes);
    return writes;
  }

  /** Whether the file may write the node: once, and not over one that an import did not write. */
  private boolean owned(
      String id, Map<String, Stored> stored, String at, Map<String, String> written) {
    String other = written.putIfAbsent(id, at);
    if (other != null) {
      problems.add(new ImportProblem(at, id + " is written twice: here and at " + other));
      return false;
    }
    Stored node = stored.get(id);
    if (node != null && !Method.IMPORT.name().equals(node.method())) {
      problems.add(
          new ImportProblem(
              at,
              id
                  + " is already in the graph, written by "
                  + node.method()
                  + " from "
                  + node.url()
                  + "; an import replaces only what imports wrote, so give it an id of its own"));
      return false;
    }
    return true;
  }

  private void named(String id, Map<String, Stored> stored, String kind, String at) {
    if (!stored.containsKey(id)) {
      problems.add(
          new ImportProblem(
              at, "the graph holds no " + kind + " " + id + " (give a name to write a new one)"));
    }
  }

  /** The id of the requirement a claim names; null (and a problem) when the graph has none. */
  private String resolve(Claim claim) {
    ClaimTarget t = claim.target();
    if (t.requirementId() != null) {
      Boolean withdrawn = found.requirements().get(t.requirementId());
      if (withdrawn == null) {
        return unresolved(
            claim,
            t.documentId() != null && !found.documents().contains(t.documentId())
                ? "the graph holds no document " + t.documentId()
                : "the graph holds no requirement " + t.requirementId());
      }
      return withdrawn ? unresolved(claim, t.requirementId() + " is withdrawn") : t.requirementId();
    }
    String refKey = refKey(t);
    if (refKey == null) {
      return unresolved(claim, "the ref '" + t.ref() + "' cannot be read");
    }
    List<Coded> documents = found.coded().getOrDefault(key(t), List.of());
    String named =
        "'"
            + t.documentCode()
            + "'"
            + (t.documentVersion() == null ? "" : " " + t.documentVersion());
    if (documents.size() != 1) {
      return unresolved(
          claim,
          documents.isEmpty()
              ? "the graph holds no document " + named
              : documents.size()
                  + " documents have the code "
                  + named
                  + " ("
                  + String.join(", ", documents.stream().map(Coded::name).sorted().toList())
                  + "): give the version, or the document's id");
    }
    GraphLookup.Requirement requirement = documents.getFirst().requirements().get(refKey);
    if (requirement == null) {
      return unresolved(
          claim,
          documents.getFirst().name() + " has no requirement with the ref '" + t.ref() + "'");
    }
    return requirement.withdrawn()
        ? unresolved(claim, requirement.id() + " is withdrawn")
        : requirement.id();
  }

  /** Reports that a claim's requirement cannot be claimed, and why; null. */
  private String unresolved(Claim claim, String why) {
    problems.add(new ImportProblem(claim.at(), "cites " + claim.target().cited() + ", but " + why));
    return null;
  }

  /**
   * Withdraws the claims of the file's own controls that the file no longer makes: a vendor's new
   * edition of the file says what the product claims now, so coverage follows it.
   */
  private void staleClaims(Set<String> defined, Map<String, String> claimed, Writes writes) {
    for (String control : defined) {
      Stored stored = found.controls().get(control);
      if (stored == null) {
        continue;
      }
      List<String> stale =
          stored.claims().stream().filter(r -> !claimed.containsKey(control + " " + r)).toList();
      if (!stale.isEmpty()) {
        stale.forEach(r -> writes.add(ProductDeletion.claim(control, r)));
        notices.add(
            control
                + " withdraws the claims this file no longer makes: "
                + String.join(", ", stale));
      }
    }
  }

  private static String key(ClaimTarget t) {
    return Ids.codeKey(t.documentCode())
        + "\u0000"
        + (t.documentVersion() == null ? "" : Ids.codeKey(t.documentVersion()));
  }

  private static String refKey(ClaimTarget t) {
    try {
      return Ids.slug(t.ref());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
