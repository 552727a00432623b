package dev.regintel.app.document;

import dev.regintel.app.internal.graphql.ApiException;
import dev.regintel.app.internal.graphql.Page;
import dev.regintel.app.jurisdiction.JurisdictionView;
import dev.regintel.app.jurisdiction.PublisherView;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Document queries and the Document type's fields, every nested field batched. A document's
 * requirements are mapped in the requirement package, which knows documents; this one knows no
 * requirement.
 */
@Controller
class DocumentController {

  /** The longest family name or code {@code filter.family} takes. */
  static final int MAX_FAMILY = 200;

  /** The longest id documentById takes (ids are a few dozen characters). */
  static final int MAX_ID_LENGTH = 300;

  private final DocumentRepository documents;

  DocumentController(DocumentRepository documents) {
    this.documents = documents;
  }

  @QueryMapping
  DocumentView document(@Argument String code, @Argument String version, @Argument LocalDate asOf) {
    if (code.isBlank()) {
      throw ApiException.badInput("code must not be empty");
    }
    List<DocumentRepository.Candidate> found = documents.candidates(code, version);
    if (found.isEmpty()) {
      throw ApiException.notFound(
          "No document with code '"
              + code
              + "'"
              + (version == null ? "" : " and version '" + version + "'"));
    }
    List<String> works =
        found.stream().map(DocumentRepository.Candidate::family).distinct().toList();
    if (works.size() > 1) {
      throw ApiException.badInput(
          "Code '"
              + code
              + "' names "
              + works.size()
              + " different documents: "
              + found.stream()
                  .map(c -> c.document().id() + " (" + c.document().code() + ")")
                  .distinct()
                  .limit(10)
                  .collect(Collectors.joining(", "))
              + "; ask with one of their own codes, or list them with documents(filter:)");
    }
    if (asOf == null) {
      return found.getFirst().document();
    }
    List<DocumentView> versions =
        version == null
            ? documents.withCodesOf(found.stream().map(c -> c.document().code()).toList())
            : found.stream().map(DocumentRepository.Candidate::document).toList();
    return AsOf.pick(versions, asOf)
        .orElseThrow(
            () ->
                ApiException.notFound(
                    "No version of '" + code + "' was published on or before " + asOf));
  }

  @QueryMapping
  DocumentView documentById(@Argument String id) {
    if (id.isBlank() || id.length() > MAX_ID_LENGTH) {
      throw ApiException.badInput(
          "id must be 1 to " + MAX_ID_LENGTH + " characters, not " + id.length());
    }
    DocumentView found = documents.byIds(List.of(id)).get(id);
    if (found == null) {
      throw ApiException.notFound("No document with id '" + id + "'");
    }
    return found;
  }

  @QueryMapping
  Page.Connection<DocumentView> documents(
      @Argument DocumentFilter filter,
      @Argument Integer first,
      @Argument String after,
      @Argument DocumentOrder orderBy) {
    if (filter != null && filter.family() != null) {
      if (filter.family().isBlank() || filter.family().length() > MAX_FAMILY) {
        throw ApiException.badInput(
            "filter.family must be 1 to " + MAX_FAMILY + " characters, not blank");
      }
    }
    return documents.list(filter, orderBy, Page.of(first, after, 50, 500));
  }

  @BatchMapping(typeName = "Document")
  Map<DocumentView, PublisherView> publisher(List<DocumentView> docs) {
    return documents.publishers(docs);
  }

  @BatchMapping(typeName = "Document")
  Map<DocumentView, List<JurisdictionView>> jurisdictions(List<DocumentView> docs) {
    return documents.jurisdictions(docs);
  }

  @BatchMapping(typeName = "Document")
  Map<DocumentView, List<DocumentView>> versions(List<DocumentView> docs) {
    return documents.versions(docs);
  }

  @BatchMapping(typeName = "Document")
  Map<DocumentView, DocumentView> supersedes(List<DocumentView> docs) {
    return documents.supersedes(docs);
  }

  @BatchMapping(typeName = "Document")
  Map<DocumentView, DocumentView> supersededBy(List<DocumentView> docs) {
    return documents.supersededBy(docs);
  }

  @SchemaMapping(typeName = "CommentPeriod")
  boolean open(CommentPeriodView period, @Argument LocalDate asOf) {
    return period.openOn(asOf == null ? LocalDate.now() : asOf);
  }
}
