package dev.regintel.app.diff;

import dev.regintel.app.history.ChangeView;
import dev.regintel.app.requirement.RequirementView;
import dev.regintel.ontology.ChangeKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Change.staleClaims}: for a new version, the requirements of the versions before it whose
 * SATISFIES claims or mappings it made stale, so that {@code changes} and its feeds tell a vendor
 * which of their claims to look at again. Each requirement's {@code freshness} says why.
 */
@Controller
class StaleClaimsController {

  /** Requirements with claims read per new version; enough for every document of the corpus. */
  static final int MAX_CLAIMED = 2_000;

  private final DiffRepository repository;
  private final Freshness freshness;

  StaleClaimsController(DiffRepository repository, Freshness freshness) {
    this.repository = repository;
    this.freshness = freshness;
  }

  @BatchMapping(typeName = "Change")
  Map<ChangeView, List<RequirementView>> staleClaims(List<ChangeView> changes) {
    Map<ChangeView, List<RequirementView>> out = new HashMap<>();
    Set<String> newVersions = new LinkedHashSet<>();
    for (ChangeView c : changes) {
      out.put(c, List.of());
      if (ChangeKind.NEW_VERSION.name().equals(c.kind()) && c.document() != null) {
        newVersions.add(c.document().id());
      }
    }
    if (newVersions.isEmpty()) {
      return out;
    }
    Map<String, List<RequirementView>> claimed =
        repository.claimedInEarlierVersions(newVersions, MAX_CLAIMED);
    List<RequirementView> all = new ArrayList<>();
    claimed.values().forEach(all::addAll);
    Map<String, FreshnessView> fresh = freshness.of(all);
    for (ChangeView c : changes) {
      if (!newVersions.contains(c.document() == null ? null : c.document().id())) {
        continue;
      }
      String version = c.document().id();
      List<RequirementView> stale = new ArrayList<>();
      for (RequirementView r : claimed.getOrDefault(version, List.of())) {
        FreshnessView f = fresh.get(r.id());
        if (f != null && f.stale() && Objects.equals(f.newerVersionId(), version)) {
          stale.add(r);
        }
      }
      out.put(c, stale);
    }
    return out;
  }
}
