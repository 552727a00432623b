package dev.regintel.app.diff;

import dev.regintel.app.document.DocumentRepository;
import dev.regintel.app.document.DocumentView;
import dev.regintel.app.internal.graphql.ApiException;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The comment sheet from GraphQL ({@code Query.commentSheet}: its rows, its CSV text and the link
 * of its XLSX) and as a download: {@code GET /exports/comments?document=ID&format=xlsx|csv}, a 400
 * with a plain-text reason for a bad or unknown id or format. A sheet has at most one row per
 * requirement of the document ({@link DiffService#MAX_REQUIREMENTS}).
 */
@Controller
class CommentSheetController {

  /** The download path. */
  static final String PATH = "/exports/comments";

  private final CommentSheets sheets;
  private final DocumentRepository documents;

  CommentSheetController(CommentSheets sheets, DocumentRepository documents) {
    this.sheets = sheets;
    this.documents = documents;
  }

  @QueryMapping
  CommentSheet commentSheet(@Argument String document) {
    return sheets.sheet(document);
  }

  @SchemaMapping(typeName = "CommentSheet")
  DocumentView document(CommentSheet sheet) {
    return documents.byIds(java.util.List.of(sheet.documentId())).get(sheet.documentId());
  }

  @SchemaMapping(typeName = "CommentSheet")
  DocumentView previous(CommentSheet sheet) {
    return sheet.previousId() == null
        ? null
        : documents.byIds(java.util.List.of(sheet.previousId())).get(sheet.previousId());
  }

  @SchemaMapping(typeName = "CommentSheet")
  String csv(CommentSheet sheet) {
    return CommentSheetFormat.csv(sheet);
  }

  @SchemaMapping(typeName = "CommentSheet")
  String xlsxPath(CommentSheet sheet) {
    return PATH
        + "?format=xlsx&document="
        + URLEncoder.encode(sheet.documentId(), StandardCharsets.UTF_8);
  }

  @GetMapping(PATH)
  @ResponseBody
  ResponseEntity<byte[]> download(
      @RequestParam(required = false) String document,
      @RequestParam(defaultValue = "xlsx") String format) {
    CommentSheetFormat kind;
    try {
      kind = CommentSheetFormat.valueOf(format.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return refuse("format must be xlsx or csv, not '" + format + "'");
    }
    CommentSheet sheet;
    try {
      sheet = sheets.sheet(document);
    } catch (ApiException e) {
      return refuse(e.getMessage());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    kind.write(sheet, out);
    String name =
        "comments-"
            + sheet.documentId().replaceAll("[^A-Za-z0-9.-]+", "-")
            + "."
            + kind.extension();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(kind.mediaType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .body(out.toByteArray());
  }

  private static ResponseEntity<byte[]> refuse(String reason) {
    return ResponseEntity.badRequest()
        .contentType(MediaType.TEXT_PLAIN)
        .body((reason + "\n").getBytes(StandardCharsets.UTF_8));
  }
}
