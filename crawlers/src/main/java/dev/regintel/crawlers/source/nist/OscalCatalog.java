package dev.regintel.crawlers.source.nist;

import dev.regintel.crawlers.CrawlRecord;
import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.ParseException;
import dev.regintel.crawlers.Parsed;
import dev.regintel.crawlers.RequirementRecord;
import dev.regintel.crawlers.fetch.DecodedText;
import dev.regintel.ontology.Method;
import dev.regintel.ontology.Obligation;
import dev.regintel.ontology.Provenance;
import dev.regintel.ontology.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A NIST OSCAL catalog, JSON or XML (told apart by the first character after any byte-order mark
 * and white space, whatever the address or Content-Type says): one document record for the document
 * it holds ({@link NistCatalog}), and one requirement per group and control that is not withdrawn,
 * in document order, each with the ref of its parent.
 *
 * <ul>
 *   <li>title: a control's label when it is a heading ({@code GOVERN (GV)}, {@code Organizational
 *       Context (GV.OC)}), else its title with its ref ({@code Account Management (AC-2)}), or the
 *       ref alone when the title is only that ({@code GV.OC-01});
 *   <li>text: the statement (see {@link OscalProse}); a group without one gives its overview (a CSF
 *       function's description), and an SP 800-53 family gives none;
 *   <li>obligation: groups (CSF functions, SP 800-53 families) are INFORMATIVE; controls,
 *       subcategories and enhancements RECOMMENDED, since neither catalog obliges anyone by itself
 *       (CSF outcomes are voluntary; an SP 800-53 control binds once a baseline or an organization
 *       selects it).
 * </ul>
 */
final class OscalCatalog {

  private static final Pattern WHITE_SPACE = Pattern.compile("\\s");

  private OscalCatalog() {}

  static Parsed parse(Fetched fetched) {
    OscalTree tree = read(fetched);
    if (tree.title() == null || tree.title().isBlank()) {
      throw new ParseException("OSCAL catalog without a metadata title: " + fetched.url());
    }
    NistCatalog catalog =
        NistCatalog.identify(tree)
            .orElseThrow(
                () ->
                    new ParseException(
                        "OSCAL catalog '"
                            + tree.title().strip()
                            + "' is neither NIST CSF 2.0 nor NIST SP 800-53 Rev. 5, the"
                            + " catalogs this source maps: "
                            + fetched.url()));
    Provenance provenance =
        new Provenance(
            fetched.url().toString(), fetched.retrieved(), Method.CRAWL, fetched.sha256());
    List<CrawlRecord> records = new ArrayList<>();
    records.add(catalog.document(provenance));
    for (OscalControl member : tree.members()) {
      emit(member, null, catalog, tree, provenance, records);
    }
    return Parsed.of(records);
  }

  /** The catalog in either format. */
  static OscalTree read(Fetched fetched) {
    byte[] body = fetched.body();
    int first = DecodedText.byteOrderMarkLength(body);
    while (first < body.length && isWhiteSpace(body[first])) {
      first++;
    }
    if (first == body.length) {
      throw new ParseException("empty body where an OSCAL catalog was expected: " + fetched.url());
    }
    return switch (body[first]) {
      case '{' -> OscalJson.read(fetched);
      case '<' -> OscalXml.read(fetched);
      default ->
          throw new ParseException(
              "neither JSON nor XML (it starts with '"
                  + (char) (body[first] & 0xff)
                  + "'), not an OSCAL catalog: "
                  + fetched.url());
    };
  }

  private static void emit(
      OscalControl control,
      String parentRef,
      NistCatalog catalog,
      OscalTree tree,
      Provenance provenance,
      List<CrawlRecord> records) {
    if (catalog.withdrawn(control)) {
      return;
    }
    String ref = catalog.ref(control);
    String text = OscalProse.text(control.parts(), "statement", tree.params());
    if (text == null && control.group()) {
      text = OscalProse.text(control.parts(), "overview", tree.params());
    }
    records.add(
        new RequirementRecord(
            catalog.documentId,
            ref,
            parentRef,
            title(control, ref),
            text,
            (control.group() ? Obligation.INFORMATIVE : Obligation.RECOMMENDED).name(),
            provenance));
    for (OscalControl child : control.children()) {
      emit(child, ref, catalog, tree, provenance, records);
    }
  }

  /** A requirement title for the item (see the class comment). */
  static String title(OscalControl control, String ref) {
    String label = control.label();
    if (label != null && WHITE_SPACE.matcher(label.strip()).find()) {
      return Text.collapse(label);
    }
    String title = control.title() == null ? "" : Text.collapse(control.title());
    if (title.isEmpty() || title.equalsIgnoreCase(ref)) {
      return ref;
    }
    return title + " (" + ref + ")";
  }

  private static boolean isWhiteSpace(byte b) {
    return b == ' ' || b == '\t' || b == '\r' || b == '\n';
  }
}
