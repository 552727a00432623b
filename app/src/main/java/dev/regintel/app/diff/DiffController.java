package dev.regintel.app.diff;

import dev.regintel.app.document.DocumentRepository;
import dev.regintel.app.document.DocumentView;
import dev.regintel.app.internal.graphql.Page;
import dev.regintel.app.product.ControlView;
import dev.regintel.app.product.DeviceView;
import dev.regintel.app.requirement.MappingView;
import dev.regintel.app.requirement.RequirementView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Query.diff} and the fields of {@code VersionDiff} and {@code DiffEntry}. A request costs
 * one query for both sides, one for the two documents and one for the touches of the page's
 * entries, however many entries it shows.
 */
@Controller
class DiffController {

  private final DiffService diffs;
  private final DiffRepository repository;
  private final DocumentRepository documents;

  DiffController(DiffService diffs, DiffRepository repository, DocumentRepository documents) {
    this.diffs = diffs;
    this.repository = repository;
    this.documents = documents;
  }

  @QueryMapping
  VersionDiff diff(@Argument String from, @Argument String to, @Argument String baseline) {
    return diffs.diff(from, to, baseline);
  }

  @BatchMapping(typeName = "VersionDiff", field = "from")
  Map<VersionDiff, DocumentView> fromDocument(List<VersionDiff> diffs) {
    return side(diffs, true);
  }

  @BatchMapping(typeName = "VersionDiff", field = "to")
  Map<VersionDiff, DocumentView> toDocument(List<VersionDiff> diffs) {
    return side(diffs, false);
  }

  private Map<VersionDiff, DocumentView> side(List<VersionDiff> list, boolean older) {
    Set<String> ids = new LinkedHashSet<>();
    list.forEach(d -> ids.add(older ? d.fromId() : d.toId()));
    ids.remove(null);
    Map<String, DocumentView> byId = documents.byIds(ids);
    Map<VersionDiff, DocumentView> out = new HashMap<>();
    list.forEach(d -> out.put(d, byId.get(older ? d.fromId() : d.toId())));
    return out;
  }

  @SchemaMapping(typeName = "VersionDiff")
  DiffCounts counts(VersionDiff diff) {
    return DiffCounts.of(diff);
  }

  @SchemaMapping(typeName = "VersionDiff")
  boolean similarityMatched(VersionDiff diff) {
    return diff.result().similarityMatched();
  }

  /** A page of the entries, of the given kinds. */
  @SchemaMapping(typeName = "VersionDiff")
  Page.Connection<DiffEntryView> entries(
      VersionDiff diff,
      @Argument List<DiffKind> kinds,
      @Argument Integer first,
      @Argument String after) {
    Page page = Page.of(first, after, 50, 500);
    List<DiffEntry> all = diff.entries(kinds);
    List<DiffEntryView> items = new ArrayList<>();
    for (int i = page.offset(); i < all.size() && items.size() < page.limit(); i++) {
      items.add(DiffEntryView.of(all.get(i), diff));
    }
    return page.connection(items, all.size());
  }

  /** The touches of every entry asked for, in one query. */
  @BatchMapping(typeName = "DiffEntry")
  Map<DiffEntryView, DiffTouchesView> touches(List<DiffEntryView> entries) {
    Map<String, RequirementView> views = new HashMap<>();
    entries.forEach(
        e -> {
          if (e.from() != null) {
            views.put(e.from().id(), e.from());
          }
          if (e.to() != null) {
            views.put(e.to().id(), e.to());
          }
        });
    Map<String, DiffRepository.Touches> byId = repository.touches(views.keySet(), views);
    Map<DiffEntryView, DiffTouchesView> out = new HashMap<>();
    for (DiffEntryView e : entries) {
      Map<String, ControlView> controls = new LinkedHashMap<>();
      Map<String, DeviceView> devices = new LinkedHashMap<>();
      List<MappingView> mappings = new ArrayList<>();
      for (String id : e.ids()) {
        DiffRepository.Touches t = byId.get(id);
        if (t != null) {
          t.controls().forEach(c -> controls.putIfAbsent(c.id(), c));
          t.devices().forEach(d -> devices.putIfAbsent(d.id(), d));
          mappings.addAll(t.mappings());
        }
      }
      out.put(
          e,
          new DiffTouchesView(
              List.copyOf(controls.values()),
              List.copyOf(devices.values()),
              List.copyOf(mappings)));
    }
    return out;
  }
}
