package dev.regintel.app.write;

import dev.regintel.ontology.Provenance;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("code", code);
      p.put("name", name);
      p.put("nameJa", nameJa);
      return p;
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
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("name", name);
      p.put("nameJa", nameJa);
      p.put("abbreviation", abbreviation);
      p.put("url", url);
      return p;
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

    Map<String, Object> properties() {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("en", en);
      p.put("ja", ja);
      p.put("enAlt", DocumentWrite.emptyToNull(enAlt));
      p.put("jaAlt", DocumentWrite.emptyToNull(jaAlt));
      p.put("reading", reading);
      p.put("domain", domain);
      return p;
    }
  }

  /** When a document applies to a device: where, for which categories, from and until when. */
  public record ApplicabilityRule(
      String id,
      String document,
      String jurisdiction,
      List<String> categories,
      List<String> excludedCategories,
      LocalDate from,
      LocalDate until,
      String scope,
      String reason,
      String reasonJa,
      List<String> unverified,
      String note,
      Provenance provenance) {

    Map<String, Object> properties() {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("jurisdiction", jurisdiction);
      p.put("categories", categories == null ? List.of() : categories);
      p.put("excludedCategories", excludedCategories == null ? List.of() : excludedCategories);
      p.put("from", from);
      p.put("until", until);
      p.put("scope", scope);
      p.put("reason", reason);
      p.put("reasonJa", reasonJa);
      p.put("unverified", DocumentWrite.emptyToNull(unverified));
      p.put("note", note);
      return p;
    }
  }
}
