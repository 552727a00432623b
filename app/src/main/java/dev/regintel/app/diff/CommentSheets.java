package dev.regintel.app.diff;

import dev.regintel.app.requirement.MappingView;
import dev.regintel.app.requirement.RequirementView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Builds comment sheets: the diff of a document against its previous version ({@link
 * DiffService#againstPrevious}), one row per ADDED, CHANGED, RENUMBERED or MOVED clause, with the
 * clause's text and our mappings as context. Two or three graph queries whatever the size.
 */
@Service
public class CommentSheets {

  private static final Set<DiffKind> ROWS =
      Set.of(DiffKind.ADDED, DiffKind.CHANGED, DiffKind.RENUMBERED, DiffKind.MOVED);

  private final DiffService diffs;
  private final DiffRepository repository;

  CommentSheets(DiffService diffs, DiffRepository repository) {
    this.diffs = diffs;
    this.repository = repository;
  }

  /**
   * The comment sheet of a document.
   *
   * @throws dev.regintel.app.internal.graphql.ApiException BAD_USER_INPUT for an unknown id
   */
  public CommentSheet sheet(String documentId) {
    VersionDiff diff = diffs.againstPrevious(documentId);
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < diff.newerOrder().size(); i++) {
      position.put(diff.newerOrder().get(i), i);
    }
    List<DiffEntry> entries =
        diff.entries(List.copyOf(ROWS)).stream()
            .sorted(Comparator.comparing(e -> position.get(e.to().id())))
            .toList();
    Set<String> ids = new LinkedHashSet<>();
    entries.forEach(e -> ids.addAll(e.ids()));
    Map<String, DiffRepository.Touches> touches =
        ids.isEmpty() ? Map.of() : repository.touches(ids, diff.views());
    List<CommentRow> rows = new ArrayList<>();
    for (DiffEntry e : entries) {
      RequirementView to = diff.view(e.to());
      rows.add(
          new CommentRow(
              "",
              "",
              e.to().ref(),
              "",
              "",
              "",
              "",
              e.kind().name(),
              e.from() == null ? "" : e.from().ref(),
              e.to().plainTitle(),
              text(e, to, diff),
              marked(e.textDiff()),
              mappings(e, touches)));
    }
    return new CommentSheet(diff.toId(), diff.fromId(), List.copyOf(rows));
  }

  /**
   * The clause's text; where the graph holds none for this version (a standard whose licence
   * forbids reproduction, a version not yet transcribed), the previous version's, marked so.
   */
  private static String text(DiffEntry e, RequirementView to, VersionDiff diff) {
    if (to.content().text() != null) {
      return to.content().text();
    }
    RequirementView from = diff.view(e.from());
    return from == null || from.content().text() == null
        ? ""
        : "[no text held for this version; the previous version's:] " + from.content().text();
  }

  /** A word diff as plain text: deletions in {@code [-...-]}, insertions in {@code {+...+}}. */
  static String marked(List<TextChange> runs) {
    StringBuilder out = new StringBuilder();
    for (TextChange run : runs) {
      switch (run.op()) {
        case EQUAL -> out.append(run.text());
        case DELETE -> out.append("[-").append(run.text()).append("-]");
        case INSERT -> out.append("{+").append(run.text()).append("+}");
      }
    }
    return out.toString();
  }

  private static String mappings(DiffEntry e, Map<String, DiffRepository.Touches> touches) {
    Set<String> lines = new LinkedHashSet<>();
    for (String id : e.ids()) {
      DiffRepository.Touches t = touches.get(id);
      if (t != null) {
        t.mappings().forEach(m -> lines.add(line(m)));
      }
    }
    return lines.stream().collect(Collectors.joining("\n"));
  }

  private static String line(MappingView m) {
    return m.source().content().ref()
        + " "
        + m.relation()
        + " "
        + m.target().documentId()
        + " "
        + m.target().content().ref();
  }
}
