package dev.regintel.app.write;

import dev.regintel.ontology.Provenance;
import dev.regintel.ontology.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One document (a version or draft) as a writer gives it to the graph. For a curated writer every
 * null means "no value"; for an observing writer it means "the source does not say" (see {@link
 * MergePolicy}). Seed files bind it as it stands; its provenance comes from the file's {@code
 * source}.
 *
 * @param id the document id ({@code doc:<work>[:<version>]})
 * @param stage where it stands, in the publisher's words
 * @param published when it was published, with the precision the source gave
 * @param publisher the publisher id
 * @param jurisdictions where the document applies or is issued
 * @param previousVersion the version this one follows, if known
 * @param supersedes documents this one replaces
 * @param provenance where it was read and how
 */
public record DocumentWrite(
    String id,
    String code,
    String version,
    List<String> aliases,
    String kind,
    String status,
    String stage,
    PartialDate published,
    PartialDate inForce,
    CommentPeriod commentPeriod,
    String title,
    String titleJa,
    String summary,
    String summaryJa,
    String url,
    String family,
    String textLicence,
    List<String> unverified,
    String note,
    String publisher,
    List<String> jurisdictions,
    String previousVersion,
    List<String> supersedes,
    Provenance provenance) {

  public DocumentWrite {
    aliases = emptyToNull(aliases);
    unverified = emptyToNull(unverified);
    jurisdictions = jurisdictions == null ? List.of() : List.copyOf(jurisdictions);
    supersedes =
        supersedes == null ? List.of() : supersedes.stream().filter(s -> !s.equals(id)).toList();
  }

  /** The same document read from {@code source}. */
  public DocumentWrite withProvenance(Provenance source) {
    return new DocumentWrite(
        id,
        code,
        version,
        aliases,
        kind,
        status,
        stage,
        published,
        inForce,
        commentPeriod,
        title,
        titleJa,
        summary,
        summaryJa,
        url,
        family,
        textLicence,
        unverified,
        note,
        publisher,
        jurisdictions,
        previousVersion,
        supersedes,
        source);
  }

  /** The node's properties this record names, by their graph names; nulls included. */
  Map<String, Object> properties() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("code", code);
    p.put("version", version);
    p.put("aliases", aliases);
    p.put("title", title);
    p.put("titleJa", Text.japanese(titleJa));
    p.put("summary", summary);
    p.put("summaryJa", Text.japanese(summaryJa));
    p.put("kind", kind);
    p.put("status", status);
    p.put("stage", stage);
    p.put("published", published == null ? null : published.date());
    p.put("publishedPrecision", published == null ? null : published.precision().name());
    p.put("inForce", inForce == null ? null : inForce.date());
    p.put("inForcePrecision", inForce == null ? null : inForce.precision().name());
    p.put("url", url);
    p.put("family", family);
    p.put("commentOpens", commentPeriod == null ? null : commentPeriod.opens());
    p.put("commentCloses", commentPeriod == null ? null : commentPeriod.closes());
    p.put("textLicence", textLicence);
    p.put("unverified", unverified);
    p.put("note", note);
    return p;
  }

  /** Code, version and title, as a change describes the document. */
  String describe() {
    return code + (version == null ? "" : " " + version) + ": " + title;
  }

  static List<String> emptyToNull(List<String> list) {
    return list == null || list.isEmpty() ? null : List.copyOf(list);
  }
}
