package dev.regintel.app.ingest;

import dev.regintel.app.ingest.SeedModel.ControlsFile;
import dev.regintel.app.ingest.SeedModel.DocumentFile;
import dev.regintel.app.ingest.SeedModel.GlossaryFile;
import dev.regintel.app.ingest.SeedModel.MappingsFile;
import dev.regintel.app.ingest.SeedModel.ProductsFile;
import dev.regintel.app.ingest.SeedModel.ReferenceFile;
import dev.regintel.app.ingest.SeedModel.Requirement;
import dev.regintel.app.ingest.SeedModel.Source;
import dev.regintel.app.ingest.SeedUnit.Space;
import dev.regintel.app.write.DocumentWrite;
import dev.regintel.app.write.MappingWrite;
import dev.regintel.app.write.ReferenceWrites;
import dev.regintel.app.write.RequirementWrite;
import dev.regintel.app.write.Writes;
import dev.regintel.ontology.Ids;
import dev.regintel.ontology.Method;
import dev.regintel.ontology.Provenance;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a schema-valid seed file into a {@link SeedUnit}: derives ids, lists what the file defines
 * and needs, and maps its records to the graph writer's {@link Writes}. Pure: it never touches the
 * graph.
 */
final class SeedPlanner {

  private final JsonMapper mapper =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  /**
   * Plans one file.
   *
   * @throws SeedRejection when the file is valid against the schema but inconsistent in itself (for
   *     example two requirements with the same ref)
   */
  SeedUnit plan(SeedReader.Parsed file) {
    SeedUnit unit = new SeedUnit(file.name(), file.kind());
    switch (file.kind()) {
      case REFERENCE -> reference(unit, mapper.treeToValue(file.root(), ReferenceFile.class));
      case DOCUMENT -> document(unit, mapper.treeToValue(file.root(), DocumentFile.class));
      case OSCAL_CATALOG ->
          OscalCatalogSeed.plan(
              unit, file.path(), mapper.treeToValue(file.root(), OscalCatalogFile.class));
      case CONTROLS ->
          SeedProducts.controls(unit, mapper.treeToValue(file.root(), ControlsFile.class));
      case PRODUCTS ->
          SeedProducts.products(unit, mapper.treeToValue(file.root(), ProductsFile.class));
      case MAPPINGS -> mappings(unit, mapper.treeToValue(file.root(), MappingsFile.class));
      case GLOSSARY -> glossary(unit, mapper.treeToValue(file.root(), GlossaryFile.class));
      case APPLICABILITY ->
          applicability(unit, mapper.treeToValue(file.root(), SeedModel.ApplicabilityFile.class));
    }
    return unit;
  }

  private void reference(SeedUnit unit, ReferenceFile file) {
    forEach(
        file.jurisdictions(),
        (j, i) -> {
          String at = "/jurisdictions/" + i;
          unit.define(Space.JURISDICTION, j.code(), at + "/code");
          if (j.parent() != null) {
            unit.refer(Space.JURISDICTION, j.parent(), at + "/parent");
          }
          unit.writes()
              .add(
                  new ReferenceWrites.Jurisdiction(
                      j.code(), j.name(), j.nameJa(), j.parent(), provenance(j.source(), null)));
        });
    forEach(
        file.publishers(),
        (p, i) -> {
          String at = "/publishers/" + i;
          unit.define(Space.PUBLISHER, p.id(), at + "/id");
          if (p.jurisdiction() != null) {
            unit.refer(Space.JURISDICTION, p.jurisdiction(), at + "/jurisdiction");
          }
          unit.writes()
              .add(
                  new ReferenceWrites.Publisher(
                      p.id(),
                      p.name(),
                      p.nameJa(),
                      p.abbreviation(),
                      p.url(),
                      p.jurisdiction(),
                      provenance(p.source(), p.url())));
        });
    unit.summarize(
        count(size(file.jurisdictions()), "jurisdiction")
            + ", "
            + count(size(file.publishers()), "publisher"));
  }

  private void document(SeedUnit unit, DocumentFile file) {
    SeedModel.Document seed = file.document();
    Source source =
        seed.source() != null
            ? seed.source()
            : new Source(seed.document().url(), null, null, null, null);
    DocumentWrite d = seed.document().withProvenance(provenance(source, seed.document().url()));
    unit.define(Space.DOCUMENT, d.id(), "/document/id");
    unit.refer(Space.PUBLISHER, d.publisher(), "/document/publisher");
    forEach(
        d.jurisdictions(),
        (code, i) -> unit.refer(Space.JURISDICTION, code, "/document/jurisdictions/" + i));
    if (d.previousVersion() != null) {
      unit.refer(Space.DOCUMENT, d.previousVersion(), "/document/previousVersion");
    }
    forEach(d.supersedes(), (id, i) -> unit.refer(Space.DOCUMENT, id, "/document/supersedes/" + i));
    if (d.id().equals(d.previousVersion())
        || seed.document().supersedes().size() != d.supersedes().size()) {
      throw new SeedRejection(
          unit.file(), "/document", "a document cannot follow or supersede itself");
    }
    unit.writes().add(d);
    int[] written = {0};
    flatten(unit, d, source, file.requirements(), "/requirements", null, new HashMap<>(), written);
    unit.summarize("1 document, " + count(written[0], "requirement"));
  }

  private void flatten(
      SeedUnit unit,
      DocumentWrite d,
      Source inherited,
      List<Requirement> list,
      String at,
      String parentId,
      Map<String, String> seenRefs,
      int[] order) {
    if (list == null) {
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      Requirement r = list.get(i);
      String here = at + "/" + i;
      String id;
      try {
        id = r.id() != null ? r.id() : Ids.requirement(d.id(), r.content().ref());
      } catch (IllegalArgumentException e) {
        throw new SeedRejection(unit.file(), here + "/ref", e.getMessage());
      }
      String earlier = seenRefs.putIfAbsent(id, here);
      if (earlier != null) {
        throw new SeedRejection(
            unit.file(),
            here + "/ref",
            "ref '" + r.content().ref() + "' gives the id " + id + ", already used at " + earlier);
      }
      unit.define(Space.REQUIREMENT, id, here + "/ref");
      Source source = r.source() != null ? r.source() : inherited;
      unit.writes()
          .add(
              new RequirementWrite(
                  id, d.id(), parentId, order[0]++, r.content(), provenance(source, d.url())));
      flatten(unit, d, source, r.children(), here + "/children", id, seenRefs, order);
    }
  }

  private void mappings(SeedUnit unit, MappingsFile file) {
    forEach(
        file.mappings(),
        (seed, i) -> {
          MappingWrite m = seed.mapping();
          String at = "/mappings/" + i;
          if (m.from().equals(m.to())) {
            throw new SeedRejection(
                unit.file(),
                at,
                "a mapping cannot go from a requirement to itself (" + m.from() + ")");
          }
          String pair =
              m.from().compareTo(m.to()) < 0
                  ? m.from() + " ~ " + m.to()
                  : m.to() + " ~ " + m.from();
          unit.define(Space.MAPPING, pair, at);
          unit.refer(Space.REQUIREMENT, m.from(), at + "/from");
          unit.refer(Space.REQUIREMENT, m.to(), at + "/to");
          unit.writes()
              .add(
                  m.withProvenance(
                      provenance(seed.source() != null ? seed.source() : file.source(), null)));
        });
    unit.summarize(count(size(file.mappings()), "mapping"));
  }

  private void glossary(SeedUnit unit, GlossaryFile file) {
    forEach(
        file.terms(),
        (t, i) -> {
          ReferenceWrites.Term term =
              t.term()
                  .withProvenance(
                      provenance(t.source() != null ? t.source() : file.source(), null));
          unit.define(Space.TERM, term.id(), "/terms/" + i);
          unit.writes().add(term);
        });
    unit.summarize(count(size(file.terms()), "term"));
  }

  private void applicability(SeedUnit unit, SeedModel.ApplicabilityFile file) {
    forEach(
        file.rules(),
        (r, i) -> {
          String at = "/rules/" + i;
          unit.define(Space.RULE, r.id(), at + "/id");
          unit.refer(Space.DOCUMENT, r.document(), at + "/document");
          unit.refer(Space.JURISDICTION, r.jurisdiction(), at + "/jurisdiction");
          unit.writes()
              .add(
                  new ReferenceWrites.ApplicabilityRule(
                      r.id(),
                      r.document(),
                      r.jurisdiction(),
                      r.categories(),
                      r.excludedCategories(),
                      r.uses(),
                      r.organisationDuties(),
                      r.requirementRefs(),
                      date(r.from()),
                      date(r.until()),
                      r.scope(),
                      r.reason(),
                      r.reasonJa(),
                      r.unverified(),
                      r.note(),
                      provenance(r.source() != null ? r.source() : file.source(), null)));
        });
    unit.summarize(count(size(file.rules()), "applicability rule"));
  }

  /** The provenance a source gives, defaulting to a SEED fact read at {@code fallbackUrl}. */
  static Provenance provenance(Source source, String fallbackUrl) {
    if (source == null) {
      return Provenance.seed(fallbackUrl);
    }
    return new Provenance(
        source.url(),
        source.retrieved() == null ? null : OffsetDateTime.parse(source.retrieved()).toInstant(),
        source.method() == null ? Method.SEED : Method.valueOf(source.method()),
        source.sha256());
  }

  private static LocalDate date(String text) {
    return text == null ? null : LocalDate.parse(text);
  }

  static int size(List<?> list) {
    return list == null ? 0 : list.size();
  }

  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : (noun.endsWith("s") ? "es" : "s"));
  }

  interface IndexedConsumer<T> {
    void accept(T item, int index);
  }

  static <T> void forEach(List<T> list, IndexedConsumer<T> consumer) {
    if (list == null) {
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      consumer.accept(list.get(i), i);
    }
  }
}
