package dev.regintel.app.diff;

import dev.regintel.app.document.DocumentRepository;
import dev.regintel.app.document.DocumentView;
import dev.regintel.app.requirement.RequirementView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Requirement.freshness}: a SATISFIES claim or a mapping made against a requirement whose
 * document has a newer version is stale when the diff to that version changed, renumbered, moved,
 * removed or withdrew the requirement, and the entry says why. For all the requirements of a
 * request: one query for the newer versions, one for the requirements of every document involved,
 * whatever their number.
 */
@Controller
class FreshnessController {

  private final DiffRepository repository;
  private final DocumentRepository documents;

  FreshnessController(DiffRepository repository, DocumentRepository documents) {
    this.repository = repository;
    this.documents = documents;
  }

  @BatchMapping(typeName = "Requirement")
  Map<RequirementView, FreshnessView> freshness(List<RequirementView> requirements) {
    Set<String> docs = new LinkedHashSet<>();
    requirements.forEach(r -> docs.add(r.documentId()));
    docs.remove(null);
    Map<String, String> next = docs.isEmpty() ? Map.of() : repository.nextVersions(docs);
    Map<RequirementView, FreshnessView> out = new HashMap<>();
    if (next.isEmpty()) {
      return out;
    }
    Set<String> involved = new LinkedHashSet<>(next.keySet());
    involved.addAll(next.values());
    Map<String, DiffRepository.Side> sides =
        repository.sides(new ArrayList<>(involved), null, DiffService.MAX_REQUIREMENTS + 1);
    Map<String, Map<String, DiffEntryView>> entriesByDoc = new HashMap<>();
    Map<String, Set<String>> compared = new HashMap<>();
    next.forEach(
        (doc, newer) -> {
          DiffRepository.Side older = sides.get(doc);
          DiffRepository.Side newerSide = sides.get(newer);
          if (older == null
              || newerSide == null
              || older.total() > DiffService.MAX_REQUIREMENTS
              || newerSide.total() > DiffService.MAX_REQUIREMENTS) {
            return;
          }
          VersionDiff diff = DiffService.of(older, newerSide, null);
          Map<String, DiffEntryView> byFrom = new HashMap<>();
          for (DiffEntry e : diff.result().entries()) {
            if (e.from() != null) {
              byFrom.put(e.from().id(), DiffEntryView.of(e, diff));
            }
          }
          entriesByDoc.put(doc, byFrom);
          compared.put(doc, older.views().keySet());
        });
    for (RequirementView r : requirements) {
      Map<String, DiffEntryView> byFrom = entriesByDoc.get(r.documentId());
      if (byFrom == null || !compared.get(r.documentId()).contains(r.id())) {
        continue;
      }
      DiffEntryView entry = byFrom.get(r.id());
      out.put(r, new FreshnessView(entry != null, next.get(r.documentId()), entry));
    }
    return out;
  }

  @BatchMapping(typeName = "Freshness")
  Map<FreshnessView, DocumentView> newerVersion(List<FreshnessView> views) {
    Set<String> ids = new LinkedHashSet<>();
    views.forEach(v -> ids.add(v.newerVersionId()));
    Map<String, DocumentView> byId = documents.byIds(ids);
    Map<FreshnessView, DocumentView> out = new HashMap<>();
    views.forEach(v -> out.put(v, byId.get(v.newerVersionId())));
    return out;
  }
}
