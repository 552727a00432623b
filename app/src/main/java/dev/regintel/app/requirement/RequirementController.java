package dev.regintel.app.requirement;

import dev.regintel.app.document.DocumentRepository;
import dev.regintel.app.document.DocumentView;
import dev.regintel.app.internal.graphql.ApiException;
import dev.regintel.app.internal.graphql.Page;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * The requirement query, the Requirement type's fields and {@code Document.requirements}, every
 * nested field batched. Requirements know their documents, never the controls that satisfy them:
 * {@code Requirement.satisfiedBy} is mapped in the product package.
 */
@Controller
class RequirementController {

  private final RequirementRepository requirements;
  private final DocumentRepository documents;

  RequirementController(
      RequirementRepository requirements,
      DocumentRepository documents,
      BatchLoaderRegistry registry) {
    this.requirements = requirements;
    this.documents = documents;
    registry
        .forTypePair(RequirementPageKey.class, connectionType())
        .registerMappedBatchLoader(
            (keys, env) -> Mono.fromCallable(() -> requirements.pages(keys)));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Class<Page.Connection<RequirementView>> connectionType() {
    return (Class) Page.Connection.class;
  }

  @QueryMapping
  RequirementView requirement(
      @Argument String id, @Argument String document, @Argument String ref) {
    if (id != null) {
      return requirements
          .byId(id)
          .orElseThrow(() -> ApiException.notFound("No requirement with id '" + id + "'"));
    }
    if (document == null || ref == null) {
      throw ApiException.badInput("requirement needs either id, or both document and ref");
    }
    return requirements
        .byRef(document, ref)
        .orElseThrow(
            () ->
                ApiException.notFound(
                    "No requirement '" + ref + "' in a document with code '" + document + "'"));
  }

  @BatchMapping(typeName = "Requirement")
  Map<RequirementView, DocumentView> document(List<RequirementView> reqs) {
    Set<String> ids = reqs.stream().map(RequirementView::documentId).collect(Collectors.toSet());
    Map<String, DocumentView> byId = documents.byIds(ids);
    Map<RequirementView, DocumentView> out = new HashMap<>();
    reqs.forEach(r -> out.put(r, byId.get(r.documentId())));
    return out;
  }

  @BatchMapping(typeName = "Requirement")
  Map<RequirementView, RequirementView> parent(List<RequirementView> reqs) {
    return requirements.parents(reqs);
  }

  @BatchMapping(typeName = "Requirement")
  Map<RequirementView, List<RequirementView>> children(List<RequirementView> reqs) {
    return requirements.children(reqs);
  }

  @BatchMapping(typeName = "Requirement")
  Map<RequirementView, List<MappingView>> mappings(List<RequirementView> reqs) {
    return requirements.mappings(reqs);
  }

  /** One page of a document's requirements; the pages of all documents asked for load together. */
  @SchemaMapping(typeName = "Document", field = "requirements")
  CompletableFuture<Page.Connection<RequirementView>> documentRequirements(
      DocumentView document,
      @Argument Integer first,
      @Argument String after,
      DataLoader<RequirementPageKey, Page.Connection<RequirementView>> loader) {
    return loader.load(new RequirementPageKey(document.id(), Page.of(first, after, 500, 1000)));
  }
}
