package dev.regintel.app.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiffMatchingTests {

  static Clause clause(String doc, String ref, String parent, String title, String text) {
    return new Clause(
        "req:" + doc + ":" + ref, ref, parent, title, text, "RECOMMENDED", false, null);
  }

  static Clause withdrawn(String doc, String ref, String parent, String note) {
    return new Clause(
        "req:" + doc + ":" + ref,
        ref,
        parent,
        "Withdrawn (" + ref + ")",
        null,
        "INFORMATIVE",
        true,
        note);
  }

  @Test
  void sameIdentifierAndContentIsUnchangedAndNotListed() {
    var a = clause("a", "AC-2", "AC", "Account Management (AC-2)", "Manage accounts.");
    var b = clause("b", "AC-2", "AC", "Account Management (AC-2)", "Manage  accounts.");
    var result = ClauseMatcher.match(List.of(a), List.of(b));
    assertThat(result.entries()).isEmpty();
    assertThat(result.unchanged()).isEqualTo(1);
  }

  @Test
  void identifiersMatchIgnoringLeadingZerosAndCase() {
    assertThat(clause("a", "AC-02(01)", null, "", "").key())
        .isEqualTo(clause("b", "ac-2(1)", null, "", "").key());
  }

  @Test
  void otherWordingUnderTheSameIdentifierIsChangedWithItsWordDiff() {
    var a =
        clause("a", "5.1-1", "5.1", "Unique passwords", "Passwords shall be unique per device.");
    var b =
        clause("b", "5.1-1", "5.1", "Unique passwords", "Passwords shall be unique per product.");
    DiffEntry entry = ClauseMatcher.match(List.of(a), List.of(b)).entries().getFirst();
    assertThat(entry.kind()).isEqualTo(DiffKind.CHANGED);
    assertThat(entry.matchedBy()).isEqualTo("IDENTIFIER");
    assertThat(entry.changedFields()).containsExactly("text");
    assertThat(entry.textDiff()).contains(new TextChange(TextChange.Op.INSERT, "product"));
    assertThat(entry.score()).isBetween(0.8, 1.0);
  }

  @Test
  void aSimilarRequirementUnderAnotherNumberIsRenumberedWithItsScore() {
    var a =
        clause(
            "a",
            "5.3-9",
            "5.3",
            "Secure update delivery",
            "Updates shall be delivered securely to the device.");
    var b =
        clause(
            "b",
            "5.3-10",
            "5.3",
            "Secure update delivery",
            "Updates shall be delivered securely to the device.");
    DiffEntry entry = ClauseMatcher.match(List.of(a), List.of(b)).entries().getFirst();
    assertThat(entry.kind()).isEqualTo(DiffKind.RENUMBERED);
    assertThat(entry.matchedBy()).isEqualTo("SIMILARITY");
    assertThat(entry.score()).isEqualTo(1.0);
  }

  @Test
  void aSimilarRequirementUnderAnotherParentIsMoved() {
    var a =
        clause(
            "a",
            "SA-12",
            "SA",
            "Supply Chain Protection (SA-12)",
            "Protect against supply chain threats to the system.");
    var b =
        clause(
            "b",
            "SR-3",
            "SR",
            "Supply Chain Protection (SR-3)",
            "Protect against supply chain threats to the system and components.");
    DiffEntry entry = ClauseMatcher.match(List.of(a), List.of(b)).entries().getFirst();
    assertThat(entry.kind()).isEqualTo(DiffKind.MOVED);
    assertThat(entry.from().ref()).isEqualTo("SA-12");
    assertThat(entry.to().ref()).isEqualTo("SR-3");
  }

  @Test
  void unlikeLeftoversAreRemovedAndAdded() {
    var a =
        clause("a", "PM-1", "PM", "Information Security Program Plan", "Develop a program plan.");
    var b =
        clause(
            "b",
            "SR-2",
            "SR",
            "Supply Chain Risk Management Plan",
            "Develop a plan for managing supply chain risks.");
    var entries = ClauseMatcher.match(List.of(a), List.of(b)).entries();
    assertThat(entries)
        .extracting(DiffEntry::kind)
        .containsExactly(DiffKind.ADDED, DiffKind.REMOVED);
    assertThat(entries.getFirst().to().ref()).isEqualTo("SR-2");
  }

  @Test
  void theBestPairWinsWhenTwoOldRequirementsResembleOneNew() {
    var close = clause("a", "X-1", "X", "Audit log review", "Review audit logs weekly.");
    var far =
        clause("a", "X-2", "X", "Audit log review and reporting", "Report findings to officials.");
    var b = clause("b", "X-9", "X", "Audit log review", "Review audit logs weekly.");
    var entries = ClauseMatcher.match(List.of(close, far), List.of(b)).entries();
    assertThat(entries)
        .filteredOn(e -> e.kind() == DiffKind.RENUMBERED)
        .singleElement()
        .satisfies(e -> assertThat(e.from().ref()).isEqualTo("X-1"));
    assertThat(entries)
        .filteredOn(e -> e.kind() == DiffKind.REMOVED)
        .extracting(e -> e.from().ref())
        .containsExactly("X-2");
  }

  @Test
  void aWithdrawnRequirementSaysWhereItsContentWent() {
    var a =
        withdrawn("r4", "AC-13", "AC", "Withdrawn in the catalog; incorporated into AC-2, AU-6.");
    DiffEntry entry = ClauseMatcher.match(List.of(a), List.of()).entries().getFirst();
    assertThat(entry.kind()).isEqualTo(DiffKind.WITHDRAWN);
    assertThat(entry.incorporatedInto()).containsExactly("AC-2", "AU-6");
    assertThat(entry.to()).isNull();
  }

  @Test
  void aRequirementWithdrawnInTheNewerVersionIsWithdrawnNotChanged() {
    var a = clause("a", "SA-12", "SA", "Supply Chain Protection (SA-12)", "Protect.");
    var b = withdrawn("b", "SA-12", "SA", "Withdrawn in the catalog; incorporated into SR.");
    DiffEntry entry = ClauseMatcher.match(List.of(a), List.of(b)).entries().getFirst();
    assertThat(entry.kind()).isEqualTo(DiffKind.WITHDRAWN);
    assertThat(entry.from()).isEqualTo(a);
    assertThat(entry.incorporatedInto()).containsExactly("SR");
  }

  @Test
  void entriesComeByKindThenInDocumentOrder() {
    var older =
        List.of(
            clause("a", "1", null, "One", "Alpha text here."),
            clause("a", "2", null, "Two", "Beta text here."));
    var newer =
        List.of(
            clause("b", "1", null, "One", "Alpha text changed."),
            clause("b", "3", null, "Three new", "Gamma."),
            clause("b", "4", null, "Four new", "Delta."));
    var entries = ClauseMatcher.match(older, newer).entries();
    assertThat(entries)
        .extracting(DiffEntry::kind)
        .containsExactly(DiffKind.ADDED, DiffKind.ADDED, DiffKind.REMOVED, DiffKind.CHANGED);
    assertThat(entries.subList(0, 2)).extracting(e -> e.to().ref()).containsExactly("3", "4");
  }

  @Test
  void aSideWithoutTextChangesNoText() {
    var a = clause("a", "5.1-1", "5.1", "Unique passwords", "Passwords shall be unique.");
    var b = clause("b", "5.1-1", "5.1", "Unique passwords", null);
    var result = ClauseMatcher.match(List.of(a), List.of(b));
    assertThat(result.entries()).isEmpty();
    assertThat(result.unchanged()).isEqualTo(1);
  }
}
