package dev.regintel.app.write;

import dev.regintel.app.write.ReferenceWrites.ApplicabilityRule;
import dev.regintel.app.write.ReferenceWrites.Jurisdiction;
import dev.regintel.app.write.ReferenceWrites.Publisher;
import dev.regintel.app.write.ReferenceWrites.Term;
import dev.regintel.ontology.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * What one transaction writes: records of every kind, written by {@link GraphWriter} in the order
 * in which they refer to each other (jurisdictions and publishers, documents, requirements,
 * applicability rules, controls and their claims, suppliers, devices, mappings, terms).
 */
public final class Writes {

  final Method origin;

  final List<Jurisdiction> jurisdictions = new ArrayList<>();
  final List<Publisher> publishers = new ArrayList<>();
  final List<DocumentWrite> documents = new ArrayList<>();
  final List<RequirementWrite> requirements = new ArrayList<>();
  final List<ApplicabilityRule> rules = new ArrayList<>();
  final List<ControlWrite> controls = new ArrayList<>();
  final List<SatisfiesWrite> satisfies = new ArrayList<>();
  final List<SupplierWrite> suppliers = new ArrayList<>();
  final List<DeviceWrite> devices = new ArrayList<>();
  final List<MappingWrite> mappings = new ArrayList<>();
  final List<Term> terms = new ArrayList<>();
  final List<ProductDeletion> deletions = new ArrayList<>();

  /** The API key writing, when a key writes: it owns what it creates and may change only that. */
  String ownerKeyId;

  /** Whether the key may change products it does not own (curators and admins). */
  boolean mayEditAny;

  /**
   * @param origin who writes: the seed loader ({@link Method#SEED}), a person through the API
   *     ({@link Method#MANUAL}), a crawl or an import; see {@link MergePolicy}
   */
  public Writes(Method origin) {
    this.origin = java.util.Objects.requireNonNull(origin, "origin");
  }

  public Writes add(Jurisdiction j) {
    jurisdictions.add(j);
    return this;
  }

  public Writes add(Publisher p) {
    publishers.add(p);
    return this;
  }

  public Writes add(DocumentWrite d) {
    documents.add(d);
    return this;
  }

  public Writes add(RequirementWrite r) {
    requirements.add(r);
    return this;
  }

  public Writes add(ApplicabilityRule r) {
    rules.add(r);
    return this;
  }

  public Writes add(ControlWrite c) {
    controls.add(c);
    return this;
  }

  public Writes add(SatisfiesWrite s) {
    satisfies.add(s);
    return this;
  }

  public Writes add(SupplierWrite s) {
    suppliers.add(s);
    return this;
  }

  public Writes add(DeviceWrite d) {
    devices.add(d);
    return this;
  }

  public Writes add(MappingWrite m) {
    mappings.add(m);
    return this;
  }

  public Writes add(Term t) {
    terms.add(t);
    return this;
  }

  public Writes add(ProductDeletion d) {
    deletions.add(d);
    return this;
  }

  /**
   * Adds every record of {@code other}, which must come from the same origin and no API key, after
   * the records already here: several seed files written in one transaction.
   */
  public Writes addAll(Writes other) {
    if (other.origin != origin || other.ownerKeyId != null || ownerKeyId != null) {
      throw new IllegalArgumentException(
          "only records of one origin written by no key can be written together");
    }
    jurisdictions.addAll(other.jurisdictions);
    publishers.addAll(other.publishers);
    documents.addAll(other.documents);
    requirements.addAll(other.requirements);
    rules.addAll(other.rules);
    controls.addAll(other.controls);
    satisfies.addAll(other.satisfies);
    suppliers.addAll(other.suppliers);
    devices.addAll(other.devices);
    mappings.addAll(other.mappings);
    terms.addAll(other.terms);
    deletions.addAll(other.deletions);
    return this;
  }

  /**
   * Writes on behalf of an API key: suppliers, devices and controls it creates are stamped with
   * {@code ownerKeyId}, and changing or removing one owned by another key, or curated data (which
   * no key owns), is refused unless {@code mayEditAny}.
   */
  public Writes ownedBy(String keyId, boolean mayEditAny) {
    this.ownerKeyId = java.util.Objects.requireNonNull(keyId, "keyId");
    this.mayEditAny = mayEditAny;
    return this;
  }
}
