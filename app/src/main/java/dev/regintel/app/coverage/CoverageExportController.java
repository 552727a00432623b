package dev.regintel.app.coverage;

import dev.regintel.app.internal.graphql.ApiException;
import dev.regintel.app.trace.DeviceCoverageView;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Coverage exports: {@code DeviceCoverage.exports} (the download links of a coverage answer) and
 * the download, {@code GET /exports/coverage?device=ID&markets=EU,GB&format=F&lang=en|ja}. A bad
 * parameter is answered 400, an unknown device 404, each with the reason in the shape of a GraphQL
 * error, as the feeds and the security filter answer. The printable report is served inline (to
 * open and print), the rest as attachments.
 */
@Controller
class CoverageExportController {

  /**
   * The printable report's Content-Security-Policy, in place of the API's ({@code default-src
   * 'none'}), which would drop its one inline style sheet: styles from the page itself, and nothing
   * else loaded, run or framed. Its text is escaped and it has no script.
   */
  static final String REPORT_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none';"
          + " frame-ancestors 'none'";

  private final CoverageReports reports;

  CoverageExportController(CoverageReports reports) {
    this.reports = reports;
  }

  @SchemaMapping(typeName = "DeviceCoverage")
  List<CoverageExportLink> exports(DeviceCoverageView coverage) {
    List<String> markets =
        coverage.jurisdictions().stream().map(j -> j.jurisdiction().code()).toList();
    return CoverageExportLink.all(coverage.device().id(), markets);
  }

  @GetMapping(CoverageExportLink.PATH)
  @ResponseBody
  ResponseEntity<byte[]> download(
      @RequestParam(required = false) String device,
      @RequestParam(required = false) String markets,
      @RequestParam(required = false) String format,
      @RequestParam(required = false) String lang,
      HttpServletResponse response) {
    ExportRequest request = ExportRequest.of(device, markets, format, lang);
    CoverageReport report = reports.report(request);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    request.format().write(report, request.lang(), out);
    String name = request.format().fileName(report, request.lang());
    ContentDisposition disposition = ContentDisposition.attachment().filename(name).build();
    if (request.format() == CoverageFormat.HTML) {
      disposition = ContentDisposition.inline().filename(name).build();
      // Replaces the header SecurityHeaders set before this ran.
      response.setHeader("Content-Security-Policy", REPORT_POLICY);
    }
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(request.format().mediaType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .body(out.toByteArray());
  }

  @ExceptionHandler(ApiException.class)
  ResponseEntity<Map<String, Object>> refused(ApiException e) {
    HttpStatus status =
        switch (e.code()) {
          case NOT_FOUND -> HttpStatus.NOT_FOUND;
          case TIMEOUT, UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
          default -> HttpStatus.BAD_REQUEST;
        };
    Map<String, Object> error =
        Map.of("message", e.getMessage(), "extensions", Map.of("code", e.code().name()));
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("errors", List.of(error)));
  }
}
