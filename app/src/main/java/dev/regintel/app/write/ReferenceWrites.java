package dev.regintel.app.write;

import dev.regintel.ontology.Ids;
import dev.regintel.ontology.Provenance;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The reference data other records point at: jurisdictions, publishers, glossary terms and
 * applicability rules. Each is written by its curator and replaced as a whole.
 */
public final class ReferenceWrites {

  private ReferenceWrites() {}

  /** A jurisdiction by its code (ISO 3166, EU, INT), and the one it is part of. */
  public record Jurisdiction(
      String code, String name, String nameJa, String parent, Provenance provenance) {

    Map<String, Object> properties() {
      return Records.properties(this, "parent", "provenance");
    }
  }

  /** A body that issues documents, and where it is based. */
  public record Publisher(
      String id,
      String name,
      String nameJa,
      String abbreviation,
      String url,
      String jurisdiction,
      Provenance provenance) {

    Map<String, Object> properties() {
      return Records.properties(this, "id", "jurisdiction", "provenance");
    }
  }

  /** A bilingual glossary pair for search. */
  public record Term(
      String id,
      String en,
      String ja,
      List<String> enAlt,
      List<String> jaAlt,
      String reading,
      String domain,
      Provenance provenance) {

    public Term {
      enAlt = DocumentWrite.emptyToNull(enAlt);
      jaAlt = DocumentWrite.emptyToNull(jaAlt);
    }

    /** The same pair read from {@code source}, with its id derived from its two forms. */
    public Term withProvenance(Provenance source) {
      return new Term(Ids.term(en, ja), en, ja, enAlt, jaAlt, reading, domain, source);
    }

    Map<String, Object> properties() {
      return Records.properties(this, "id", "provenance");
    }
  }

  /**
   * When a document applies to a device: where, for which categories (none: all), from and until
   * when, and why.
   */
  public record ApplicabilityRule(
      String id,
      String document,
      String jurisdiction,
      List<String> categories,
      List<String> excludedCategories,
      List<String> uses,
      List<String> organisationDuties,
      List<String> requirementRefs,
      LocalDate from,
      LocalDate until,
      String scope,
      String reason,
      String reasonJa,
      List<String> unverified,
      String note,
      Provenance provenance) {

    public ApplicabilityRule {
      categories = categories == null ? List.of() : List.copyOf(categories);
      excludedCategories = excludedCategories == null ? List.of() : List.copyOf(excludedCategories);
      uses = uses == null ? List.of() : List.copyOf(uses);
      organisationDuties = organisationDuties == null ? List.of() : List.copyOf(organisationDuties);
      requirementRefs = requirementRefs == null ? List.of() : List.copyOf(requirementRefs);
      unverified = DocumentWrite.emptyToNull(unverified);
    }

    Map<String, Object> properties() {
      return Records.properties(this, "id", "document", "provenance");
    }
  }
}
