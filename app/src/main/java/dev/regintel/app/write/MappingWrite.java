package dev.regintel.app.write;

import dev.regintel.ontology.MappingAuthor;
import dev.regintel.ontology.Provenance;
import java.util.List;
import java.util.Map;

/**
 * How one requirement's content relates to another's ({@code MAPS_TO}, a NIST IR 8477 set-theory
 * relation), with the rationale and who says so. Seed files bind it as it stands; its provenance
 * comes from the file's {@code source}.
 *
 * <p>{@code madeBy} names the {@link MappingAuthor}; absent, it is {@link MappingAuthor#DEFAULT}
 * (our own judgement), so every written mapping carries one. {@code effect} and {@code effectJa}
 * give the legal effect a recognition states (what meeting one rule counts for under the other).
 */
public record MappingWrite(
    String from,
    String to,
    String relation,
    String rationale,
    Integer strength,
    String note,
    String madeBy,
    String effect,
    String effectJa,
    List<String> unverified,
    Provenance provenance) {

  public MappingWrite {
    madeBy = madeBy == null ? MappingAuthor.DEFAULT.name() : MappingAuthor.valueOf(madeBy).name();
    unverified = DocumentWrite.emptyToNull(unverified);
  }

  /** The same mapping read from {@code source}. */
  public MappingWrite withProvenance(Provenance source) {
    return new MappingWrite(
        from,
        to,
        relation,
        rationale,
        strength,
        note,
        madeBy,
        effect,
        effectJa,
        unverified,
        source);
  }

  Map<String, Object> properties() {
    return Records.properties(this, "from", "to", "provenance");
  }
}
