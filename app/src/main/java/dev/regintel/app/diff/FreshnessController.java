package dev.regintel.app.diff;

import dev.regintel.app.document.DocumentRepository;
import dev.regintel.app.document.DocumentView;
import dev.regintel.app.requirement.RequirementView;
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
 * removed or withdrew the requirement, and the entry says why ({@link Freshness}).
 */
@Controller
class FreshnessController {

  private final Freshness freshness;
  private final DocumentRepository documents;

  FreshnessController(Freshness freshness, DocumentRepository documents) {
    this.freshness = freshness;
    this.documents = documents;
  }

  @BatchMapping(typeName = "Requirement")
  Map<RequirementView, FreshnessView> freshness(List<RequirementView> requirements) {
    Map<String, FreshnessView> byId = freshness.of(requirements);
    Map<RequirementView, FreshnessView> out = new HashMap<>();
    requirements.forEach(
        r -> {
          FreshnessView view = byId.get(r.id());
          if (view != null) {
            out.put(r, view);
          }
        });
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
