package dev.regintel.app.productimport;

import dev.regintel.app.internal.graphql.ApiException;
import dev.regintel.app.security.ApiKey;
import dev.regintel.app.security.Role;
import graphql.GraphQLContext;
import java.nio.charset.StandardCharsets;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code importProduct}: a product file uploaded as the text of a GraphQL argument. A file that
 * cannot be read is BAD_USER_INPUT, one over a limit LIMIT_EXCEEDED, each naming what is wrong; a
 * file that reads but is refused is an answer listing its problems.
 */
@Controller
class ProductImportController {

  /** The most characters of a file name. */
  static final int MAX_FILE_NAME = 200;

  private final ProductImports imports;

  ProductImportController(ProductImports imports) {
    this.imports = imports;
  }

  @MutationMapping
  ProductImportReport importProduct(
      @Argument String content,
      @Argument ProductFileFormat format,
      @Argument String fileName,
      @Argument Boolean dryRun,
      GraphQLContext context) {
    ApiKey key = context.get(ApiKey.class);
    long max = imports.limits().maxFileSize().toBytes();
    // A character is at least one byte in UTF-8: a longer text is over the limit before encoding.
    if (content.length() > max) {
      throw ApiException.overLimit(
          "The content (" + content.length() + " characters)",
          ProductImportLimits.PREFIX + "max-file-size",
          max);
    }
    String name = fileName == null ? "upload" + format.extension() : fileName.strip();
    if (name.isEmpty() || name.length() > MAX_FILE_NAME || name.matches(".*[/\\\\\\p{Cntrl}].*")) {
      throw ApiException.badInput(
          "'fileName' must be a file name of 1 to "
              + MAX_FILE_NAME
              + " characters without directories, not '"
              + fileName
              + "'");
    }
    try {
      return imports.importFile(
          content.getBytes(StandardCharsets.UTF_8),
          format,
          name,
          Boolean.TRUE.equals(dryRun),
          key == null ? null : key.id(),
          key != null && key.role().includes(Role.CURATOR));
    } catch (ProductFileException e) {
      throw new ApiException(
          e.limit() == null ? ApiException.Code.BAD_USER_INPUT : ApiException.Code.LIMIT_EXCEEDED,
          e.getMessage());
    }
  }
}
