package dev.regintel.app.coverage;

import dev.regintel.app.internal.graphql.ApiException;
import dev.regintel.app.trace.DeviceCoverageView;
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
      @RequestParam(required = false) String lang) {
    ExportRequest request = ExportRequest.of(device, markets, format, lang);
    CoverageReport report = reports.report(request);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    request.format().write(report, request.lang(), out);
    String name = request.format().fileName(report, request.lang());
    ContentDisposition disposition =
        request.format() == CoverageFormat.HTML
            ? ContentDisposition.inline().filename(name).build()
            : ContentDisposition.attachment().filename(name).build();
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
