package dev.regintel.app.coverage;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A small report made by hand for the writers' tests: two markets, one row of each fulfilment, and
 * text that a writer must escape (markup, quotes, commas, line breaks, Japanese).
 */
final class SampleReports {

  static final String GAP = "No control of this device is claimed to satisfy it.";
  static final String GAP_JA = "本機器の管理策でこの要件を満たすとされるものはない。";

  static final String HOSTILE_TITLE = "Keep <script>alert(\"x\")</script> & \"quotes\", commas";

  private SampleReports() {}

  static CoverageReport sample() {
    CoverageReport.Applicable standard =
        new CoverageReport.Applicable(
            "doc:etsi-en-303-645:v2.1.1",
            "ETSI EN 303 645",
            "Cyber Security for Consumer Internet of Things: Baseline Requirements",
            "民生用IoTのサイバーセキュリティ：ベースライン要件",
            "https://www.etsi.org/deliver/etsi_en/303600_303699/303645/02.01.01_60/en_303645v020101p.pdf",
            "Optional route in the UK: meeting EN 303 645 counts.",
            null,
            List.of("excludedCategories"),
            "VOLUNTARY",
            true,
            List.of());
    CoverageReport.Applicable law =
        new CoverageReport.Applicable(
            "doc:eu-2024-2847",
            "Regulation (EU) 2024/2847",
            "Cyber Resilience Act",
            "サイバーレジリエンス法",
            "https://eur-lex.europa.eu/eli/reg/2024/2847/oj",
            "Products with digital elements <b>must</b> meet Annex I.",
            "デジタル要素を持つ製品は附属書Iを満たす必要がある。",
            List.of(),
            "PRODUCT",
            false,
            List.of(
                new CoverageReport.Route(
                    "DEEMED_COMPLIANCE",
                    "doc:etsi-en-303-645:v2.1.1",
                    "ETSI EN 303 645",
                    "Meeting the named provisions counts.",
                    null,
                    "https://example.com/route",
                    List.of("5.1-1 (FULL)"),
                    "PARTIAL")));
    CoverageReport.Row full =
        new CoverageReport.Row(
            "req:etsi-en-303-645:v2.1.1:5.1-1",
            standard.documentId(),
            "5.1-1",
            "No universal default passwords",
            "共通の初期パスワードの禁止",
            "MANDATORY",
            "FULL",
            "https://www.etsi.org/deliver/etsi_en/303600_303699/303645/02.01.01_60/en_303645v020101p.pdf",
            List.of(
                new CoverageReport.Evidence(
                    "ctl:unique-passwords",
                    "Unique passwords",
                    "固有パスワード",
                    List.of(
                        new CoverageReport.Step(
                            "ctl:unique-passwords",
                            "req:etsi-en-303-645:v2.1.1:5.1-1",
                            "SATISFIES")))),
            null,
            null,
            "DEVICE",
            "VOLUNTARY");
    CoverageReport.Row partial =
        new CoverageReport.Row(
            "req:eu-2024-2847:annex-i-1-2-b",
            law.documentId(),
            "Annex I(1)(2)(b)",
            HOSTILE_TITLE,
            null,
            "MANDATORY",
            "PARTIAL",
            null,
            List.of(
                new CoverageReport.Evidence(
                    "ctl:secure-boot",
                    "Secure boot",
                    null,
                    List.of(
                        new CoverageReport.Step("ctl:secure-boot", "req:a", "SATISFIES"),
                        new CoverageReport.Step(
                            "req:a", "req:eu-2024-2847:annex-i-1-2-b", "SUBSET_OF")))),
            null,
            null,
            "DEVICE",
            "PRODUCT");
    CoverageReport.Row none =
        new CoverageReport.Row(
            "req:eu-2024-2847:annex-i-2-1",
            law.documentId(),
            "Annex I(2)(1)",
            "Identify and document vulnerabilities,\nincluding an SBOM",
            "脆弱性の特定と文書化",
            "MANDATORY",
            "NONE",
            null,
            List.of(),
            GAP,
            GAP_JA,
            "ORGANISATION",
            "PRODUCT");
    return new CoverageReport(
        new CoverageReport.Device(
            "dev:sample-camera", "Sample camera", "サンプルカメラ", "NETWORK_CAMERA"),
        List.of("GB", "EU"),
        LocalDate.of(2026, 5, 1),
        OffsetDateTime.parse("2026-05-01T09:30:00Z"),
        List.of(
            new CoverageReport.Market(
                "GB",
                "United Kingdom",
                "英国",
                List.of(standard),
                List.of(full),
                1,
                0,
                0,
                List.of(),
                0,
                0,
                0),
            new CoverageReport.Market(
                "EU",
                "European Union",
                "欧州連合",
                List.of(law),
                List.of(partial),
                0,
                1,
                0,
                List.of(none),
                0,
                0,
                1)));
  }

  /** The bytes a format writes for the sample. */
  static byte[] written(CoverageFormat format, ReportLanguage lang) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    format.write(sample(), lang, out);
    return out.toByteArray();
  }
}
