package dev.regintel.app.requirement;

import dev.regintel.app.internal.neo4j.Values;
import java.util.List;
import org.neo4j.driver.types.MapAccessor;

/**
 * What a requirement says, in English and Japanese, as every path knows it: seed files (where its
 * fields stand at the top level of a requirement), the graph writer and the API's view.
 *
 * @param ref its citation inside the document, e.g. "5.1-1", "Art. 21(2)(d)"
 * @param textIsOfficial whether {@code text} is the source's own wording (not a paraphrase of ours)
 * @param obligation MANDATORY, CONDITIONAL, RECOMMENDED or INFORMATIVE
 * @param condition when a conditional requirement applies
 * @param section the heading it stands under
 * @param deadline when it must be met, in the document's words
 * @param unverified names of the fields whose value the source does not state outright
 * @param withdrawn true when its publisher withdrew it but keeps its number (SP 800-53 controls);
 *     null when it stands
 * @param baselines the control baselines that select it, e.g. MODERATE, as imported baseline
 *     catalogs say; empty or null when none is recorded
 */
public record RequirementContent(
    String ref,
    String title,
    String titleJa,
    String text,
    String textJa,
    Boolean textIsOfficial,
    String obligation,
    String condition,
    String conditionJa,
    String section,
    String deadline,
    List<String> unverified,
    String note,
    Boolean withdrawn,
    List<String> baselines) {

  /** The content of a requirement node, or of a map of its properties. */
  public static RequirementContent of(MapAccessor n) {
    return new RequirementContent(
        Values.str(n, "ref"),
        Values.str(n, "title"),
        Values.str(n, "titleJa"),
        Values.str(n, "text"),
        Values.str(n, "textJa"),
        Values.bool(n, "textIsOfficial"),
        Values.str(n, "obligation"),
        Values.str(n, "condition"),
        Values.str(n, "conditionJa"),
        Values.str(n, "section"),
        Values.str(n, "deadline"),
        Values.strings(n, "unverified"),
        Values.str(n, "note"),
        Values.bool(n, "withdrawn"),
        Values.strings(n, "baselines"));
  }
}
