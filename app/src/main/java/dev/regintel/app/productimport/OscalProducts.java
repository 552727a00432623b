package dev.regintel.app.productimport;

import dev.regintel.app.product.ControlContent;
import dev.regintel.app.productimport.OscalComponentDefinition.Component;
import dev.regintel.app.productimport.OscalComponentDefinition.ControlImplementation;
import dev.regintel.app.productimport.OscalComponentDefinition.ImplementedRequirement;
import dev.regintel.app.productimport.OscalComponentDefinition.Party;
import dev.regintel.app.productimport.ProductEntries.Claim;
import dev.regintel.app.productimport.ProductEntries.Control;
import dev.regintel.app.productimport.ProductEntries.Device;
import dev.regintel.app.productimport.ProductEntries.Supplier;
import dev.regintel.crawlers.source.nist.OscalImport;
import dev.regintel.ontology.Fulfilment;
import dev.regintel.ontology.Ids;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OSCAL component definition as the graph's records (docs/vendors.md, "Bringing a product in
 * from a file"):
 *
 * <ul>
 *   <li>a component of type {@code hardware} (OSCAL: "a physical device") or {@code this-system} is
 *       a device, {@code dev:oscal-<uuid>}; it needs a {@code category} property in regintel's
 *       namespace ({@value #NS}) and may have {@code market} ones; its provider party is its
 *       supplier, {@code sup:oscal-<party uuid>};
 *   <li>every component with implemented requirements, of any type, is a control, {@code
 *       ctl:oscal-<uuid>}, named by its title, that a device of the file implements;
 *   <li>every implemented requirement is a claim that the control satisfies the requirement its
 *       {@code control-id} names in the catalog its control implementation's source names ({@link
 *       OscalSources}), with its implementation status as the fulfilment: {@code implemented} (or
 *       none given) FULL, {@code partial} PARTIAL; {@code planned}, {@code alternative} and {@code
 *       not-applicable} claim nothing and are reported.
 * </ul>
 *
 * With one device component in the file, it implements every control of the file; with several,
 * each implements its own only, since OSCAL does not say which device holds which other component.
 */
final class OscalProducts {

  /** The namespace of the properties regintel reads on components. */
  static final String NS = "tag:regintel.dev,2026:oscal";

  /** The property and assembly that give an implemented requirement's status. */
  static final String STATUS = "implementation-status";

  private static final Set<String> DEVICE_TYPES = Set.of("hardware", "this-system");

  private static final Set<String> NO_CLAIM = Set.of("planned", "alternative", "not-applicable");

  private final OscalComponentDefinition definition;
  private final OscalSources sources;
  private final List<Supplier> suppliers = new ArrayList<>();
  private final List<Device> devices = new ArrayList<>();
  private final List<Control> controls = new ArrayList<>();
  private final List<Claim> claims = new ArrayList<>();
  private final List<ImportProblem> problems = new ArrayList<>();
  private final List<String> notices = new ArrayList<>();
  private final List<String> unstated = new ArrayList<>();

  private OscalProducts(OscalComponentDefinition definition) {
    this.definition = definition;
    this.sources = new OscalSources(definition.resources());
  }

  /** The records of {@code definition}, after checking it against {@code limits}. */
  static ProductEntries map(OscalComponentDefinition definition, ProductImportLimits limits) {
    limits.checkComponents(definition.components().size());
    limits.checkClaims(
        definition.components().stream()
            .flatMap(c -> c.implementations().stream())
            .mapToInt(i -> i.requirements().size())
            .sum());
    OscalProducts products = new OscalProducts(definition);
    products.components();
    String title =
        definition.title() == null ? "untitled component definition" : definition.title();
    return new ProductEntries(
        title,
        products.suppliers,
        products.devices,
        products.controls,
        products.claims,
        products.problems,
        products.notices);
  }

  private void components() {
    List<String> controlIds = new ArrayList<>();
    for (Component component : definition.components()) {
      String at =
          "component "
              + (component.title() == null ? "" : "'" + component.title() + "' ")
              + "("
              + (component.uuid() == null ? "no uuid" : component.uuid())
              + ")";
      if (component.uuid() == null || !component.uuid().matches("[A-Za-z0-9-]{1,100}")) {
        problems.add(new ImportProblem(at, "a component needs a uuid, from which its id is made"));
        continue;
      }
      if (component.title() == null) {
        problems.add(new ImportProblem(at, "a component needs a title, its name"));
        continue;
      }
      String uuid = component.uuid().toLowerCase(Locale.ROOT);
      boolean claims =
          component.implementations().stream().anyMatch(i -> !i.requirements().isEmpty());
      String controlId = claims ? Ids.CONTROL + "oscal-" + uuid : null;
      if (claims) {
        controlIds.add(controlId);
        controls.add(control(component, controlId, at));
        for (ControlImplementation implementation : component.implementations()) {
          implementation(controlId, implementation, at);
        }
      }
      if (isDevice(component)) {
        device(component, uuid, controlId, at);
      } else if (provider(component) != null) {
        notices.add(
            at
                + ": its provider is not written as a supplier: the graph links suppliers to"
                + " devices, and a "
                + component.type()
                + " component is a control");
      }
    }
    if (devices.size() == 1) {
      Device only = devices.getFirst();
      devices.set(
          0,
          new Device(
              only.id(),
              only.name(),
              only.nameJa(),
              only.category(),
              only.use(),
              only.supplierId(),
              controlIds,
              only.markets(),
              only.note(),
              only.at()));
    } else if (devices.size() > 1) {
      notices.add(
          "the file has "
              + devices.size()
              + " device components: each implements only its own control, since the file does"
              + " not say which device holds which other component");
    }
    if (!unstated.isEmpty()) {
      notices.add(
          unstated.size()
              + " implemented requirement(s) give no implementation-status and are read as"
              + " implemented (FULL): "
              + String.join(", ", unstated));
    }
  }

  private Control control(Component component, String id, String at) {
    String category =
        isDevice(component)
            ? null
            : Entries.controlCategory(regintelProp(component, "category"), at, problems);
    String description = Entries.prose(component.description());
    if (component.purpose() != null) {
      description =
          description == null ? component.purpose() : description + "\n\n" + component.purpose();
    }
    return new Control(
        id,
        new ControlContent(
            component.title(), regintelProp(component, "name-ja"), description, null, category),
        note(component),
        false,
        at);
  }

  private void device(Component component, String uuid, String ownControl, String at) {
    String category = regintelProp(component, "category");
    if (category == null) {
      problems.add(
          new ImportProblem(
              at,
              "a "
                  + component.type()
                  + " component is a device and needs its product category, e.g. CONSUMER_IOT, as"
                  + " a prop named category with ns=\""
                  + NS
                  + "\""));
    }
    List<String> markets =
        component.props().stream()
            .filter(p -> "market".equals(p.name()) && NS.equals(p.ns()) && p.value() != null)
            .map(p -> p.value().strip())
            .toList();
    String supplierId = null;
    String partyUuid = provider(component);
    if (partyUuid != null) {
      Party party =
          definition.parties().stream()
              .filter(p -> partyUuid.equals(p.uuid()))
              .findFirst()
              .orElse(null);
      if (party == null || party.name() == null) {
        problems.add(
            new ImportProblem(
                at, "its provider " + partyUuid + " is no named party of the file's metadata"));
      } else {
        supplierId = Ids.SUPPLIER + "oscal-" + party.uuid().toLowerCase(Locale.ROOT);
        String id = supplierId;
        if (suppliers.stream().noneMatch(s -> s.id().equals(id))) {
          suppliers.add(
              new Supplier(
                  id,
                  party.name(),
                  null,
                  party.website(),
                  "Provider named in the OSCAL component definition '" + definition.title() + "'.",
                  false,
                  "party '" + party.name() + "' (" + party.uuid() + ")"));
        }
      }
    }
    devices.add(
        new Device(
            Ids.DEVICE + "oscal-" + uuid,
            component.title(),
            regintelProp(component, "name-ja"),
            Entries.deviceCategory(category, at, problems),
            Entries.deviceUse(regintelProp(component, "use"), at, problems),
            supplierId,
            ownControl == null ? List.of() : List.of(ownControl),
            markets,
            note(component),
            at));
  }

  private void implementation(String controlId, ControlImplementation implementation, String at) {
    String where = at + ", control-implementation " + implementation.uuid();
    OscalSources.Catalog catalog;
    try {
      catalog = sources.resolve(implementation.source());
    } catch (IllegalArgumentException e) {
      problems.add(new ImportProblem(where, e.getMessage()));
      return;
    }
    for (ImplementedRequirement requirement : implementation.requirements()) {
      String cited = requirement.controlId();
      String place = where + ", control-id " + cited;
      if (cited == null) {
        problems.add(new ImportProblem(where, "an implemented requirement without a control-id"));
        continue;
      }
      Fulfilment fulfilment = fulfilment(requirement, place);
      if (fulfilment == Fulfilment.NONE) {
        continue;
      }
      String requirementId;
      try {
        requirementId =
            Ids.requirement(catalog.documentId(), OscalImport.ref(cited, catalog.sp80053()));
      } catch (IllegalArgumentException e) {
        problems.add(new ImportProblem(place, e.getMessage()));
        continue;
      }
      claims.add(
          new Claim(
              controlId,
              ClaimTarget.requirement(
                  requirementId, catalog.documentId(), cited + " of " + catalog.name()),
              fulfilment,
              evidence(requirement),
              place));
    }
  }

  /**
   * The fulfilment a requirement's status claims: NONE (a notice) when it claims none, null (a
   * problem) when the statuses are wrong, in which case the claim is still checked against the
   * graph, so that the file's every problem is found at once.
   */
  private Fulfilment fulfilment(ImplementedRequirement requirement, String at) {
    Set<String> statuses = new TreeSet<>(requirement.statuses());
    if (statuses.isEmpty()) {
      unstated.add(requirement.controlId());
      return Fulfilment.FULL;
    }
    for (String status : statuses) {
      if (!status.equals("implemented")
          && !status.equals("partial")
          && !NO_CLAIM.contains(status)) {
        problems.add(
            new ImportProblem(
                at,
                "implementation-status '"
                    + status
                    + "' is none of implemented, partial, planned, alternative, not-applicable"));
        return null;
      }
    }
    if (statuses.size() == 1 && statuses.contains("implemented")) {
      return Fulfilment.FULL;
    }
    if (statuses.equals(Set.of("partial")) || statuses.equals(Set.of("partial", "planned"))) {
      return Fulfilment.PARTIAL;
    }
    if (statuses.size() == 1) {
      notices.add(at + ": " + statuses.iterator().next() + ", so no claim is made");
      return Fulfilment.NONE;
    }
    problems.add(
        new ImportProblem(
            at,
            "implementation-status "
                + statuses
                + " contradict each other (only partial and planned go together)"));
    return null;
  }

  /** The requirement's description and its statements, with the parameter values it sets. */
  private static String evidence(ImplementedRequirement requirement) {
    List<String> parts = new ArrayList<>();
    if (requirement.description() != null) {
      parts.add(requirement.description());
    }
    parts.addAll(requirement.statements());
    String text = Entries.prose(String.join("\n\n", parts));
    if (text == null) {
      return null;
    }
    for (var parameter : requirement.parameters().entrySet()) {
      if (parameter.getKey() != null && !parameter.getValue().isEmpty()) {
        text =
            text.replaceAll(
                "\\{\\{\\s*insert:\\s*param,\\s*" + Pattern.quote(parameter.getKey()) + "\\s*}}",
                Matcher.quoteReplacement(parameter.getValue()));
      }
    }
    return text;
  }

  private String note(Component component) {
    return "From the OSCAL component definition '"
        + definition.title()
        + "'"
        + (definition.version() == null ? "" : " (version " + definition.version() + ")")
        + ", component "
        + component.uuid()
        + " of type "
        + component.type()
        + ".";
  }

  private static boolean isDevice(Component component) {
    return component.type() != null && DEVICE_TYPES.contains(component.type());
  }

  /** The uuid of the component's provider party, if it names one. */
  private static String provider(Component component) {
    List<String> parties = component.roles().getOrDefault("provider", List.of());
    return parties.isEmpty() ? null : parties.getFirst();
  }

  private static String regintelProp(Component component, String name) {
    return component.props().stream()
        .filter(p -> name.equals(p.name()) && NS.equals(p.ns()) && p.value() != null)
        .map(p -> p.value().strip())
        .findFirst()
        .orElse(null);
  }
}
