package dev.regintel.crawlers.source.nist;

import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.ParseException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an OSCAL catalog (JSON or XML) for import into a document, whichever document it is: the
 * same parsing as the NIST crawl ({@link OscalCatalog}), without its mapping to the two documents
 * it crawls. Pure: bytes in, controls out. Unlike the crawl, which leaves withdrawn items out, an
 * import keeps them, marked, with where their content went, so that a revision's withdrawn controls
 * can be told from ones it never had.
 *
 * <p>Refs follow {@link NistCatalog}: SP 800-53 rules for any catalog whose title names SP 800-53
 * (Rev. 4 and Rev. 5 alike), plain labels or ids otherwise.
 */
public final class OscalImport {

  /** The id of an item of a control's statement: {@code ac-2_smt.k}. */
  private static final Pattern STATEMENT_ITEM = Pattern.compile("(.+?)_smt\\.?(.*)");

  private OscalImport() {}

  /**
   * Reads a catalog.
   *
   * @param body the file's bytes
   * @param origin where the file comes from, for messages
   * @throws ParseException when the bytes are not an OSCAL catalog in JSON or XML, or when two
   *     items have the same ref
   */
  public static ImportedCatalog read(byte[] body, URI origin) {
    OscalTree tree = OscalCatalog.read(new Fetched(origin, null, body, null, null));
    if (tree.title() == null || tree.title().isBlank()) {
      throw new ParseException("OSCAL catalog without a metadata title: " + origin);
    }
    NistCatalog known = NistCatalog.identify(tree).orElse(null);
    boolean sp80053 = NistCatalog.isSp80053(tree.title());
    Map<String, String> refs = new HashMap<>();
    collectRefs(tree.members(), sp80053, refs);
    List<ImportedControl> controls = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    for (OscalControl member : tree.members()) {
      emit(member, null, known, sp80053, tree, refs, controls, seen, origin);
    }
    return new ImportedCatalog(tree.title().strip(), controls);
  }

  private static void collectRefs(
      List<OscalControl> members, boolean sp80053, Map<String, String> refs) {
    for (OscalControl control : members) {
      refs.put(control.id(), NistCatalog.ref(control, sp80053));
      collectRefs(control.children(), sp80053, refs);
    }
  }

  private static void emit(
      OscalControl control,
      String parentRef,
      NistCatalog known,
      boolean sp80053,
      OscalTree tree,
      Map<String, String> refs,
      List<ImportedControl> out,
      Map<String, String> seen,
      URI origin) {
    if (known != null && known.leftover(control)) {
      return;
    }
    String ref = refs.get(control.id());
    String other = seen.putIfAbsent(ref, control.id());
    if (other != null) {
      throw new ParseException(
          "OSCAL items '"
              + other
              + "' and '"
              + control.id()
              + "' both have the ref "
              + ref
              + ": "
              + origin);
    }
    boolean withdrawn = control.markedWithdrawn();
    String text = withdrawn ? null : OscalProse.text(control.parts(), "statement", tree.params());
    out.add(
        new ImportedControl(
            control.id(),
            ref,
            parentRef,
            control.className(),
            control.group(),
            OscalCatalog.title(control, ref),
            text,
            withdrawn,
            control.incorporatedInto().stream().map(id -> target(id, refs, sp80053)).toList()));
    for (OscalControl child : control.children()) {
      emit(child, ref, known, sp80053, tree, refs, out, seen, origin);
    }
  }

  /**
   * The ref an import gives the catalog item with this OSCAL id, by the rules of {@link
   * NistCatalog} ({@code ac-2.1} is {@code AC-2(1)} in SP 800-53 of either revision, {@code
   * GV.OC-01} stays as it is elsewhere), for a file that cites a catalog's controls by their ids
   * (an OSCAL component definition's {@code control-id}) without holding the catalog.
   *
   * @param sp80053 whether the catalog is SP 800-53
   */
  public static String ref(String oscalId, boolean sp80053) {
    return target(oscalId.strip(), Map.of(), sp80053);
  }

  /**
   * The ref a link target stands for: an item's ref, or for an item of a control's statement
   * ({@code ac-2_smt.k}) the control's ref and the item's letters as SP 800-53 cites them ({@code
   * AC-2k}).
   */
  static String target(String id, Map<String, String> refs, boolean sp80053) {
    String ref = refs.get(id);
    if (ref != null) {
      return ref;
    }
    Matcher statement = STATEMENT_ITEM.matcher(id);
    if (statement.matches()) {
      return target(statement.group(1), refs, sp80053) + statement.group(2).replace(".", "");
    }
    return NistCatalog.ref(
        new OscalControl(id, false, null, null, List.of(), List.of(), List.of(), List.of()),
        sp80053);
  }
}
