package dev.regintel.crawlers.source.nist;

import dev.regintel.crawlers.DocumentRecord;
import dev.regintel.ontology.DocumentStatus;
import dev.regintel.ontology.Provenance;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The NIST documents whose OSCAL catalogs this source maps, with the ids, codes, titles and family
 * keys of their curated seed records ({@code seed-data/documents/nist/}), and the rules that give
 * their requirements the seed's refs.
 *
 * <p>Refs: a control's plain {@code label} property when it is a bare designation ({@code
 * GV.OC-01}, {@code AC-2(1)}; not the zero-padded {@code AC-02(01)}, which SP 800-53 releases from
 * 5.1.1 add with a class), else its id: {@code GV}, {@code GV.OC} as written; an SP 800-53 id in
 * capitals with an enhancement number in brackets ({@code ac} is {@code AC}, {@code ac-2.1} is
 * {@code AC-2(1)}).
 *
 * <p>Withdrawn: an item with a {@code status} property {@code withdrawn}, as the SP 800-53 catalog
 * marks its withdrawn controls and enhancements. The CSF 2.0 catalog marks nothing: it still
 * carries, without any marker, the CSF 1.1 categories and subcategories that CSF 2.0 withdrew
 * (ID.BE, PR.IP, ..., ID.AM-06, PR.DS-05, ...). Only the live subcategories have CSF 2.0
 * implementation examples, so a CSF subcategory without an {@code example} part counts as
 * withdrawn, and so does a category whose subcategories all are. On the catalog of 2025-05 that
 * leaves the 6 functions, 22 categories and 106 subcategories of CSF 2.0, as in the seed.
 */
enum NistCatalog {
  CSF_2_0(
      "doc:nist-csf:2.0",
      "NIST CSF",
      "2.0",
      "The NIST Cybersecurity Framework (CSF) 2.0",
      "FRAMEWORK",
      "https://doi.org/10.6028/NIST.CSWP.29",
      "nist-csf"),
  SP_800_53_R5(
      "doc:nist-sp-800-53:r5",
      "NIST SP 800-53",
      "Revision 5",
      "Security and Privacy Controls for Information Systems and Organizations",
      "CATALOG",
      "https://csrc.nist.gov/pubs/sp/800/53/r5/upd1/final",
      "nist-sp-800-53");

  /** "NIST Cybersecurity Framework 2.0". */
  private static final Pattern CSF_2_0_TITLE =
      Pattern.compile("(?i)\\b(?:cybersecurity framework|csf)\\b.*(?<![\\d.])2\\.0(?![\\d.])");

  /** The CPRT framework-version-identifier of CSF 2.0, e.g. {@code CSF_2_0_0}. */
  private static final Pattern CSF_2_0_VERSION = Pattern.compile("CSF_2_0(?:_\\d+)*");

  /** "NIST Special Publication 800-53 Revision 5.2.0: ...", not 800-53A or 800-53B. */
  private static final Pattern SP_800_53_TITLE = Pattern.compile("(?<!\\d)800-53(?![A-Za-z0-9])");

  private static final Pattern REVISION_5 =
      Pattern.compile("(?i)\\b(?:revision|rev\\.?)\\s*5(?!\\d)");

  /** Drafts have their own document ids, which this mapping does not give. */
  private static final Pattern DRAFT = Pattern.compile("(?i)\\bdraft\\b");

  /** An SP 800-53 control or enhancement id: {@code ac-2}, {@code ac-2.1}. */
  private static final Pattern SP_800_53_ID = Pattern.compile("([a-z]{2})-(\\d+)(?:\\.(\\d+))?");

  private static final Pattern WHITE_SPACE = Pattern.compile("\\s");

  final String documentId;
  private final String code;
  private final String version;
  private final String title;
  private final String kind;
  private final String url;
  private final String family;

  NistCatalog(
      String documentId,
      String code,
      String version,
      String title,
      String kind,
      String url,
      String family) {
    this.documentId = documentId;
    this.code = code;
    this.version = version;
    this.title = title;
    this.kind = kind;
    this.url = url;
    this.family = family;
  }

  /** The document a catalog is for, by its metadata title (and, for CSF, its CPRT properties). */
  static Optional<NistCatalog> identify(OscalTree catalog) {
    String title = catalog.title() == null ? "" : catalog.title();
    if (DRAFT.matcher(title).find()) {
      return Optional.empty();
    }
    boolean csfProps =
        catalog.metadataProps().stream()
                .anyMatch(p -> "framework-identifier".equals(p.name()) && "CSF".equals(p.value()))
            && catalog.metadataProps().stream()
                .anyMatch(
                    p ->
                        "framework-version-identifier".equals(p.name())
                            && p.value() != null
                            && CSF_2_0_VERSION.matcher(p.value()).matches());
    if (CSF_2_0_TITLE.matcher(title).find() || csfProps) {
      return Optional.of(CSF_2_0);
    }
    if (SP_800_53_TITLE.matcher(title).find() && REVISION_5.matcher(title).find()) {
      return Optional.of(SP_800_53_R5);
    }
    return Optional.empty();
  }

  /**
   * The document record. Only what identifies the document is given; the catalog does not state
   * when the document was published (its own {@code published} is the OSCAL file's), nor what it
   * supersedes.
   */
  DocumentRecord document(Provenance provenance) {
    return new DocumentRecord(
        documentId,
        code,
        version,
        title,
        kind,
        DocumentStatus.FINAL.name(),
        "Final",
        null,
        null,
        null,
        "pub:nist",
        List.of("US"),
        url,
        family,
        List.of(),
        null,
        List.of(),
        provenance);
  }

  /** The ref the seed gives this group or control (see the class comment). */
  String ref(OscalControl control) {
    return ref(control, this == SP_800_53_R5);
  }

  /**
   * The ref of a group or control of any catalog by the rules of the class comment, those of SP
   * 800-53 ids when {@code sp80053} (any revision: Rev. 4 ids have the same form).
   */
  static String ref(OscalControl control, boolean sp80053) {
    String label = control.label();
    if (label != null && !label.isBlank() && !WHITE_SPACE.matcher(label.strip()).find()) {
      return label.strip();
    }
    if (sp80053) {
      Matcher m = SP_800_53_ID.matcher(control.id().toLowerCase(Locale.ROOT));
      if (m.matches()) {
        return m.group(1).toUpperCase(Locale.ROOT)
            + "-"
            + m.group(2)
            + (m.group(3) == null ? "" : "(" + m.group(3) + ")");
      }
      return control.id().toUpperCase(Locale.ROOT);
    }
    return control.id();
  }

  /** Whether this item, and so everything in it, is left out (see the class comment). */
  boolean withdrawn(OscalControl control) {
    return control.markedWithdrawn() || leftover(control);
  }

  /**
   * Whether this is one of the CSF 1.1 items the CSF 2.0 catalog still carries without a marker
   * (see the class comment); false for SP 800-53, which marks what it withdrew.
   */
  boolean leftover(OscalControl control) {
    return this == CSF_2_0 && csf11Leftover(control);
  }

  /** Whether a catalog title names SP 800-53 (any revision), not SP 800-53A or 800-53B. */
  static boolean isSp80053(String title) {
    return title != null && SP_800_53_TITLE.matcher(title).find();
  }

  private static boolean csf11Leftover(OscalControl control) {
    if ("subcategory".equals(control.className())) {
      return !control.hasPart("example");
    }
    if ("category".equals(control.className())) {
      List<OscalControl> subcategories =
          control.children().stream().filter(c -> "subcategory".equals(c.className())).toList();
      return !subcategories.isEmpty()
          && subcategories.stream().allMatch(NistCatalog::csf11Leftover);
    }
    return false;
  }
}
