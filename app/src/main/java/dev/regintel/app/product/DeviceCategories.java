package dev.regintel.app.product;

import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.ontology.DeviceCategory;
import dev.regintel.ontology.DeviceUse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Repository;

/** The device categories and uses of the ontology with the rules that name them, one read each. */
@Repository
class DeviceCategories {

  private final Graph graph;

  DeviceCategories(Graph graph) {
    this.graph = graph;
  }

  List<DeviceCategoryView> all() {
    Map<String, Record> byCode = new HashMap<>();
    for (Record r :
        graph.read(
            """
            UNWIND $codes AS code
            RETURN code,
                   COLLECT { MATCH (r:ApplicabilityRule) WHERE code IN coalesce(r.categories, [])
                             RETURN r.id ORDER BY r.id } AS rules,
                   COLLECT { MATCH (r:ApplicabilityRule) WHERE code IN coalesce(r.excludedCategories, [])
                             RETURN r.id ORDER BY r.id } AS excludedBy,
                   COUNT { MATCH (d:Device {category: code}) } AS devices""",
            Map.of(
                "codes",
                java.util.Arrays.stream(DeviceCategory.values()).map(Enum::name).toList()))) {
      byCode.put(r.get("code").asString(), r);
    }
    List<DeviceCategoryView> out = new ArrayList<>();
    for (DeviceCategory c : DeviceCategory.values()) {
      Record r = byCode.get(c.name());
      out.add(
          new DeviceCategoryView(
              c.name(),
              c.label(),
              c.labelJa(),
              c.description(),
              r == null ? List.of() : r.get("rules").asList(v -> v.asString()),
              r == null ? List.of() : r.get("excludedBy").asList(v -> v.asString()),
              r == null ? 0 : r.get("devices").asLong()));
    }
    return out;
  }

  List<DeviceUseView> uses() {
    Map<String, Record> byCode = new HashMap<>();
    for (Record r :
        graph.read(
            """
            UNWIND $codes AS code
            RETURN code,
                   COLLECT { MATCH (r:ApplicabilityRule) WHERE code IN coalesce(r.uses, [])
                             RETURN r.id ORDER BY r.id } AS rules,
                   COUNT { MATCH (d:Device {use: code}) } AS devices""",
            Map.of(
                "codes", java.util.Arrays.stream(DeviceUse.values()).map(Enum::name).toList()))) {
      byCode.put(r.get("code").asString(), r);
    }
    List<DeviceUseView> out = new ArrayList<>();
    for (DeviceUse u : DeviceUse.values()) {
      Record r = byCode.get(u.name());
      out.add(
          new DeviceUseView(
              u.name(),
              u.label(),
              u.labelJa(),
              r == null ? List.of() : r.get("rules").asList(v -> v.asString()),
              r == null ? 0 : r.get("devices").asLong()));
    }
    return out;
  }
}
