package dev.regintel.app.ingest;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.regintel.app.product.ControlContent;
import dev.regintel.app.requirement.RequirementContent;
import dev.regintel.app.write.DocumentWrite;
import dev.regintel.app.write.MappingWrite;
import dev.regintel.app.write.ReferenceWrites;
import java.util.List;

/**
 * The seed-data file kinds, as typed records. Files are validated against the JSON Schema before
 * they are bound to these, so required fields are present and values are in range.
 */
final class SeedModel {

  private SeedModel() {}

  record Source(String url, String method, String retrieved, String sha256, String note) {}

  record ReferenceFile(String kind, List<Jurisdiction> jurisdictions, List<Publisher> publishers) {}

  record Jurisdiction(String code, String name, String nameJa, String parent, Source source) {}

  record Publisher(
      String id,
      String name,
      String nameJa,
      String abbreviation,
      String jurisdiction,
      String url,
      Source source) {}

  record DocumentFile(String kind, Document document, List<Requirement> requirements) {}

  /** A document: the writer's record as it stands in the file, and where its facts were read. */
  record Document(@JsonUnwrapped DocumentWrite document, Source source) {}

  /** A requirement: where it stands (its id, if not derived from the ref) and what it says. */
  record Requirement(
      String id,
      @JsonUnwrapped RequirementContent content,
      Source source,
      List<Requirement> children) {}

  record ControlsFile(String kind, Source source, List<Control> controls) {}

  /** A control: what it is, and the requirements it meets. */
  record Control(
      String id,
      @JsonUnwrapped ControlContent content,
      List<String> unverified,
      String note,
      Source source,
      List<Satisfaction> satisfies) {}

  record Satisfaction(String requirement, String fulfilment, String evidence, Source source) {}

  record MappingsFile(String kind, String title, Source source, List<Mapping> mappings) {}

  /** A mapping: the writer's record as it stands in the file. */
  record Mapping(@JsonUnwrapped MappingWrite mapping, Source source) {}

  record ProductsFile(String kind, Source source, List<Supplier> suppliers, List<Device> devices) {}

  record Supplier(
      String id,
      String name,
      String nameJa,
      String url,
      Boolean example,
      String note,
      Source source) {}

  record Device(
      String id,
      String name,
      String nameJa,
      String category,
      String use,
      String supplier,
      List<String> controls,
      List<String> markets,
      Boolean example,
      String note,
      Source source) {}

  record GlossaryFile(String kind, Source source, List<Term> terms) {}

  /** A glossary pair: the writer's record as it stands in the file (its id is derived). */
  record Term(@JsonUnwrapped ReferenceWrites.Term term, Source source) {}

  record ApplicabilityFile(String kind, Source source, List<ApplicabilityRule> rules) {}

  record ApplicabilityRule(
      String id,
      String document,
      String jurisdiction,
      List<String> categories,
      List<String> excludedCategories,
      List<String> uses,
      List<String> organisationDuties,
      List<String> requirementRefs,
      String from,
      String until,
      String scope,
      String reason,
      String reasonJa,
      List<String> unverified,
      String note,
      Source source) {}
}
