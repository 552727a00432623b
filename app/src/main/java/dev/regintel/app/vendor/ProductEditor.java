package dev.regintel.app.vendor;

import dev.regintel.app.internal.graphql.ApiException;
import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.app.product.ControlContent;
import dev.regintel.app.security.ApiKey;
import dev.regintel.app.security.Role;
import dev.regintel.app.write.ControlWrite;
import dev.regintel.app.write.DeviceWrite;
import dev.regintel.app.write.GraphChanged;
import dev.regintel.app.write.GraphWriter;
import dev.regintel.app.write.ProductDeletion;
import dev.regintel.app.write.SatisfiesWrite;
import dev.regintel.app.write.SupplierWrite;
import dev.regintel.app.write.WriteResult;
import dev.regintel.app.write.Writes;
import dev.regintel.ontology.ControlCategory;
import dev.regintel.ontology.DeviceCategory;
import dev.regintel.ontology.DeviceUse;
import dev.regintel.ontology.Method;
import dev.regintel.ontology.Provenance;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Checks a product mutation's input, then hands it to the one writing layer as a {@link Writes} of
 * origin {@link Method#MANUAL} owned by the request's key, in one transaction: either all of it is
 * written or, on any refusal, nothing.
 */
@Service
class ProductEditor {

  /** The most suppliers, devices and controls one key may own. */
  static final int MAX_OWNED_PER_KEY = 10_000;

  private final Graph graph;
  private final GraphWriter writer;
  private final VendorReferences references;

  ProductEditor(Graph graph, GraphWriter writer, VendorReferences references) {
    this.graph = graph;
    this.writer = writer;
    this.references = references;
  }

  String supplier(SupplierInput in, boolean create, ApiKey key) {
    String name = InputChecks.required("name", in.name(), InputChecks.MAX_NAME);
    String id = InputChecks.id("sup", create ? in.id() : requireId(in.id()), name);
    expect("Supplier", id, create, key);
    write(
        key,
        writes(key)
            .add(
                new SupplierWrite(
                    id,
                    name,
                    InputChecks.optional("nameJa", in.nameJa(), InputChecks.MAX_NAME),
                    InputChecks.url("url", in.url()),
                    false,
                    InputChecks.optional("note", in.note(), InputChecks.MAX_NOTE),
                    provenance(in.sourceUrl(), key))),
        false);
    return id;
  }

  String device(DeviceInput in, boolean create, ApiKey key) {
    String name = InputChecks.required("name", in.name(), InputChecks.MAX_NAME);
    String id = InputChecks.id("dev", create ? in.id() : requireId(in.id()), name);
    String category = InputChecks.oneOf("category", in.category(), DeviceCategory.class);
    if (category == null) {
      throw ApiException.badInput("category must be given");
    }
    String use = InputChecks.oneOf("use", in.use(), DeviceUse.class);
    String supplier = InputChecks.optional("supplier", in.supplier(), 200);
    List<String> markets = InputChecks.list("markets", in.markets(), InputChecks.MAX_MARKETS);
    List<String> controls = InputChecks.list("controls", in.controls(), InputChecks.MAX_CONTROLS);
    refuseMissing(
        references.missing(
            supplier == null ? List.of() : List.of(supplier), controls, markets, List.of()));
    expect("Device", id, create, key);
    write(
        key,
        writes(key)
            .add(
                new DeviceWrite(
                    id,
                    name,
                    InputChecks.optional("nameJa", in.nameJa(), InputChecks.MAX_NAME),
                    category,
                    use,
                    false,
                    InputChecks.optional("note", in.note(), InputChecks.MAX_NOTE),
                    supplier,
                    controls,
                    markets,
                    provenance(in.sourceUrl(), key))),
        false);
    return id;
  }

  String control(ControlInput in, boolean create, ApiKey key) {
    String name = InputChecks.required("name", in.name(), InputChecks.MAX_NAME);
    String id = InputChecks.id("ctl", create ? in.id() : requireId(in.id()), name);
    ControlContent content =
        new ControlContent(
            name,
            InputChecks.optional("nameJa", in.nameJa(), InputChecks.MAX_NAME),
            InputChecks.optional("description", in.description(), InputChecks.MAX_DESCRIPTION),
            InputChecks.optional("descriptionJa", in.descriptionJa(), InputChecks.MAX_DESCRIPTION),
            InputChecks.oneOf("category", in.category(), ControlCategory.class));
    expect("Control", id, create, key);
    write(
        key,
        writes(key)
            .add(
                new ControlWrite(
                    id,
                    content,
                    null,
                    InputChecks.optional("note", in.note(), InputChecks.MAX_NOTE),
                    provenance(in.sourceUrl(), key))),
        true);
    return id;
  }

  void claim(ClaimInput in, ApiKey key) {
    String control = InputChecks.required("controlId", in.controlId(), 200);
    String requirement = InputChecks.required("requirementId", in.requirementId(), 200);
    String fulfilment = InputChecks.oneOf("fulfilment", in.fulfilment(), ClaimFulfilment.class);
    refuseMissing(references.missing(List.of(), List.of(control), List.of(), List.of(requirement)));
    write(
        key,
        writes(key)
            .add(
                new SatisfiesWrite(
                    control,
                    requirement,
                    fulfilment,
                    InputChecks.optional("evidence", in.evidence(), InputChecks.MAX_NOTE),
                    provenance(in.sourceUrl(), key))),
        false);
  }

  void delete(ProductDeletion deletion, ApiKey key) {
    InputChecks.required("id", deletion.id(), 200);
    boolean exists =
        deletion.kind() == ProductDeletion.Kind.SATISFIES
            ? references.claimExists(deletion.id(), deletion.requirementId())
            : references.exists(label(deletion.kind()), deletion.id());
    if (!exists) {
      throw ApiException.notFound(
          "No "
              + deletion.kind().name().toLowerCase(java.util.Locale.ROOT)
              + " '"
              + deletion.id()
              + (deletion.requirementId() == null ? "" : " -> " + deletion.requirementId())
              + "'");
    }
    write(key, writes(key).add(deletion), deletion.kind() == ProductDeletion.Kind.CONTROL);
  }

  private static String label(ProductDeletion.Kind kind) {
    return switch (kind) {
      case SUPPLIER -> "Supplier";
      case DEVICE -> "Device";
      case CONTROL -> "Control";
      case SATISFIES -> throw new IllegalArgumentException("a claim is no node");
    };
  }

  /** The fulfilments a claim may state: a claim of NONE is no claim. */
  enum ClaimFulfilment {
    FULL,
    PARTIAL
  }

  private static String requireId(String id) {
    if (id == null || id.isBlank()) {
      throw ApiException.badInput("id must be given to update");
    }
    return id;
  }

  /** Create needs a free id and room in the key's quota; update needs the record. */
  private void expect(String label, String id, boolean create, ApiKey key) {
    boolean exists = references.exists(label, id);
    if (create && exists) {
      throw ApiException.badInput(
          label + " '" + id + "' exists already; update it, or choose another id");
    }
    if (!create && !exists) {
      throw ApiException.notFound(
          "No " + label.toLowerCase(java.util.Locale.ROOT) + " '" + id + "'");
    }
    if (create && references.owned(key.id()) >= MAX_OWNED_PER_KEY) {
      throw ApiException.badInput(
          "key "
              + key.id()
              + " owns "
              + MAX_OWNED_PER_KEY
              + " suppliers, devices and controls, the most one key may; delete some first");
    }
  }

  private static void refuseMissing(List<String> missing) {
    if (!missing.isEmpty()) {
      throw ApiException.badInput("Not in the graph: " + String.join(", ", missing));
    }
  }

  private static Writes writes(ApiKey key) {
    return new Writes(Method.MANUAL).ownedBy(key.id(), key.role().includes(Role.CURATOR));
  }

  /** A fact entered through the API: read at the URL given, or stated by the key that wrote it. */
  private static Provenance provenance(String sourceUrl, ApiKey key) {
    String url = InputChecks.url("sourceUrl", sourceUrl);
    return new Provenance(
        url != null ? url : "urn:regintel:api-key:" + key.id(), Instant.now(), Method.MANUAL, null);
  }

  /** Writes in one transaction, rolled back on any refusal, which is answered as an error. */
  private void write(ApiKey key, Writes writes, boolean searchable) {
    graph.write(
        tx -> {
          WriteResult result = writer.write(tx, writes, null);
          if (!result.rejections().isEmpty()) {
            String reasons =
                result.rejections().stream()
                    .map(WriteResult.Rejection::toString)
                    .collect(Collectors.joining("; "));
            throw result.rejections().stream().anyMatch(WriteResult.Rejection::forbidden)
                ? ApiException.forbidden("key " + key.id() + " may not change: " + reasons)
                : ApiException.badInput("Refused: " + reasons);
          }
          return result;
        });
    if (searchable) {
      // Controls are searchable (suppliers, devices and claims are not in the index). A rebuild
      // takes seconds, so the mutation does not wait for it: the search poller picks the new
      // generation up within regintel.search.poll-interval.
      GraphChanged.count(graph);
    }
  }
}
