package dev.regintel.app.diff;

import dev.regintel.app.requirement.RequirementView;
import java.util.List;

/**
 * A diff entry as the GraphQL type {@code DiffEntry} shows it: the {@link DiffEntry} with both
 * sides as requirement views.
 */
public record DiffEntryView(
    DiffKind kind,
    RequirementView from,
    RequirementView to,
    String matchedBy,
    Double score,
    List<String> changedFields,
    List<TextChange> textDiff,
    List<String> incorporatedInto) {

  static DiffEntryView of(DiffEntry entry, VersionDiff diff) {
    return new DiffEntryView(
        entry.kind(),
        diff.view(entry.from()),
        diff.view(entry.to()),
        entry.matchedBy(),
        entry.score(),
        entry.changedFields(),
        entry.textDiff(),
        entry.incorporatedInto());
  }

  /** The requirement ids of both sides that are present. */
  List<String> ids() {
    return java.util.stream.Stream.of(from, to)
        .filter(java.util.Objects::nonNull)
        .map(RequirementView::id)
        .toList();
  }
}
