package dev.regintel.app.product;

import dev.regintel.app.internal.graphql.Page;
import dev.regintel.app.internal.graphql.ProvenanceView;
import dev.regintel.app.internal.neo4j.Batch;
import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.app.jurisdiction.JurisdictionView;
import dev.regintel.app.requirement.RequirementView;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Repository;

/** Controls, devices and suppliers in the graph. */
@Repository
public class ProductRepository {

  private final Graph graph;
  private final Batch batch;

  ProductRepository(Graph graph, Batch batch) {
    this.graph = graph;
    this.batch = batch;
  }

  public Optional<ControlView> control(String id) {
    return single("MATCH (n:Control {id: $id}) RETURN n", id).map(ControlView::of);
  }

  public Optional<DeviceView> device(String id) {
    return single("MATCH (n:Device {id: $id}) RETURN n", id).map(DeviceView::of);
  }

  public Optional<SupplierView> supplier(String id) {
    return single("MATCH (n:Supplier {id: $id}) RETURN n", id).map(SupplierView::of);
  }

  private Optional<org.neo4j.driver.types.Node> single(String cypher, String id) {
    return graph.read(cypher, Map.of("id", id)).stream().findFirst().map(r -> r.get("n").asNode());
  }

  Page.Connection<ControlView> controls(ControlFilter filter, Page page) {
    Map<String, Object> params = new HashMap<>();
    params.put(
        "contains",
        filter == null || filter.nameContains() == null
            ? null
            : filter.nameContains().toLowerCase());
    params.put("skip", page.offset());
    params.put("limit", page.limit());
    Record row =
        graph
            .read(
                """
        MATCH (c:Control)
        WHERE $contains IS NULL OR toLower(c.name) CONTAINS $contains OR toLower(coalesce(c.nameJa, '')) CONTAINS $contains
        WITH c ORDER BY c.name, c.id
        WITH collect(c) AS items
        RETURN size(items) AS total, items[$skip..($skip + $limit)] AS page""",
                params)
            .getFirst();
    return page.connection(
        row.get("page").asList(v -> ControlView.of(v.asNode())), row.get("total").asLong());
  }

  Page.Connection<DeviceView> devices(Page page) {
    Record row =
        graph
            .read(
                """
        MATCH (d:Device)
        WITH d ORDER BY d.name, d.id
        WITH collect(d) AS items
        RETURN size(items) AS total, items[$skip..($skip + $limit)] AS page""",
                Map.of("skip", page.offset(), "limit", page.limit()))
            .getFirst();
    return page.connection(
        row.get("page").asList(v -> DeviceView.of(v.asNode())), row.get("total").asLong());
  }

  /** The controls claimed to satisfy each requirement directly. */
  Map<RequirementView, List<ControlView>> satisfiedBy(Collection<RequirementView> requirements) {
    return batch.many(
        requirements,
        RequirementView::id,
        """
        UNWIND $ids AS id
        MATCH (:Requirement {id: id})<-[:SATISFIES]-(c:Control)
        RETURN id, c ORDER BY c.name""",
        r -> ControlView.of(r.get("c").asNode()));
  }

  public Map<ControlView, List<SatisfactionView>> satisfies(Collection<ControlView> controls) {
    return batch.many(
        controls,
        ControlView::id,
        """
        UNWIND $ids AS id
        MATCH (:Control {id: id})-[s:SATISFIES]->(r:Requirement)
        RETURN id, r, properties(s) AS s ORDER BY r.documentId, r.order""",
        r -> {
          Map<String, Object> s = r.get("s").asMap();
          return new SatisfactionView(
              RequirementView.of(r.get("r").asNode()),
              (String) s.get("fulfilment"),
              (String) s.get("evidence"),
              ProvenanceView.of(s));
        });
  }

  Map<ControlView, List<DeviceView>> implementedBy(Collection<ControlView> controls) {
    return batch.many(
        controls,
        ControlView::id,
        """
        UNWIND $ids AS id
        MATCH (:Control {id: id})<-[:IMPLEMENTS]-(d:Device)
        RETURN id, d ORDER BY d.name""",
        r -> DeviceView.of(r.get("d").asNode()));
  }

  Map<DeviceView, SupplierView> suppliers(Collection<DeviceView> devices) {
    return batch.one(
        devices,
        DeviceView::id,
        """
        UNWIND $ids AS id
        MATCH (:Device {id: id})<-[:SUPPLIES]-(s:Supplier)
        RETURN id, s""",
        r -> SupplierView.of(r.get("s").asNode()));
  }

  Map<DeviceView, List<ControlView>> deviceControls(Collection<DeviceView> devices) {
    return batch.many(
        devices,
        DeviceView::id,
        """
        UNWIND $ids AS id
        MATCH (:Device {id: id})-[:IMPLEMENTS]->(c:Control)
        RETURN id, c ORDER BY c.name""",
        r -> ControlView.of(r.get("c").asNode()));
  }

  Map<DeviceView, List<JurisdictionView>> markets(Collection<DeviceView> devices) {
    return batch.many(
        devices,
        DeviceView::id,
        """
        UNWIND $ids AS id
        MATCH (:Device {id: id})-[:MARKETED_IN]->(j:Jurisdiction)
        RETURN id, j ORDER BY j.code""",
        r -> JurisdictionView.of(r.get("j").asNode()));
  }

  Map<SupplierView, List<DeviceView>> supplierDevices(Collection<SupplierView> suppliers) {
    return batch.many(
        suppliers,
        SupplierView::id,
        """
        UNWIND $ids AS id
        MATCH (:Supplier {id: id})-[:SUPPLIES]->(d:Device)
        RETURN id, d ORDER BY d.name""",
        r -> DeviceView.of(r.get("d").asNode()));
  }
}
