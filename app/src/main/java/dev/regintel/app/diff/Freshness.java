package dev.regintel.app.diff;

import dev.regintel.app.requirement.RequirementView;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Whether what was said against requirements still holds for the next version of their documents:
 * stale when the diff to that version changed, renumbered, moved, removed or withdrew the
 * requirement. One query for the newer versions and one for the requirements of every document
 * involved, whatever the number of requirements asked about.
 */
@Component
class Freshness {

  private final DiffRepository repository;

  Freshness(DiffRepository repository) {
    this.repository = repository;
  }

  /**
   * The freshness of each requirement that has a newer version to compare with, by requirement id.
   * Requirements of the newest version, and of documents too large to diff, are left out.
   */
  Map<String, FreshnessView> of(Collection<RequirementView> requirements) {
    Set<String> docs = new LinkedHashSet<>();
    requirements.forEach(r -> docs.add(r.documentId()));
    docs.remove(null);
    Map<String, String> next = docs.isEmpty() ? Map.of() : repository.nextVersions(docs);
    Map<String, FreshnessView> out = new HashMap<>();
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
      out.put(r.id(), new FreshnessView(entry != null, next.get(r.documentId()), entry));
    }
    return out;
  }
}
