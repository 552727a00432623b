package dev.regintel.ontology;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The stable, readable identifier scheme (see {@code docs/ontology.md}): ids are derived from
 * official designations, never from database internals.
 *
 * <ul>
 *   <li>documents: {@code doc:<work>[:<version>]}, e.g. {@code doc:etsi-en-303-645:v2.1.1}
 *   <li>requirements: {@code req:<work>[:<version>]:<slug of ref>}, e.g. {@code
 *       req:etsi-en-303-645:v2.1.1:5.1-1}, {@code req:eu-2022-2555:art-21-2-d}
 *   <li>controls {@code ctl:}, devices {@code dev:}, suppliers {@code sup:}, publishers {@code
 *       pub:}, terms {@code term:}, applicability rules {@code rule:}; jurisdictions are their code
 *       ({@code GB}, {@code US-CA}, {@code EU}).
 *   <li>changes {@code chg:<uuid>} and crawl runs {@code crawl:<source>:<instant>}, made by the
 *       graph itself.
 * </ul>
 */
public final class Ids {

  /** Prefix of {@link Label#Document} ids. */
  public static final String DOCUMENT = "doc:";

  /** Prefix of {@link Label#Requirement} ids. */
  public static final String REQUIREMENT = "req:";

  /** Prefix of {@link Label#Control} ids. */
  public static final String CONTROL = "ctl:";

  /** Prefix of {@link Label#Device} ids. */
  public static final String DEVICE = "dev:";

  /** Prefix of {@link Label#Supplier} ids. */
  public static final String SUPPLIER = "sup:";

  /** Prefix of {@link Label#Publisher} ids. */
  public static final String PUBLISHER = "pub:";

  /** Prefix of {@link Label#Term} ids. */
  public static final String TERM = "term:";

  /** Prefix of {@link Label#ApplicabilityRule} ids. */
  public static final String RULE = "rule:";

  /** Prefix of {@link Label#Change} ids, followed by a random UUID. */
  public static final String CHANGE = "chg:";

  /** Prefix of {@link Label#CrawlRun} ids, followed by the source's name, a colon and the start. */
  public static final String CRAWL_RUN = "crawl:";

  private static final Pattern SEGMENT = Pattern.compile("[a-z0-9][a-z0-9.-]*");
  private static final Pattern DOCUMENT_ID =
      Pattern.compile("doc:[a-z0-9][a-z0-9.-]*(:[a-z0-9][a-z0-9.-]*)?");
  private static final Pattern REQUIREMENT_ID =
      Pattern.compile("req:[a-z0-9][a-z0-9.-]*(:[a-z0-9][a-z0-9.-]*)?:[a-z0-9][a-z0-9.-]*");

  private Ids() {}

  /**
   * The id segment for a citation: lower case, {@code (} becomes {@code -}, {@code )} is dropped,
   * white space becomes {@code -}, other characters outside {@code [a-z0-9.-]} are dropped, {@code
   * .-} becomes {@code -}, runs of {@code -} collapse, and {@code -} or {@code .} are trimmed at
   * both ends. {@code "Art. 21(2)(d)"} gives {@code art-21-2-d}; {@code "5.1-1"} stays {@code
   * 5.1-1}.
   *
   * @throws IllegalArgumentException when nothing usable is left
   */
  public static String slug(String ref) {
    String s = Normalizer.normalize(ref, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    s = s.replace("(", "-").replace(")", "");
    s = s.replaceAll("\\s+", "-");
    s = s.replaceAll("[^a-z0-9.-]", "");
    s = s.replace(".-", "-");
    s = s.replaceAll("-{2,}", "-");
    s = s.replaceAll("^[-.]+|[-.]+$", "");
    if (!SEGMENT.matcher(s).matches()) {
      throw new IllegalArgumentException("cannot make an id from the ref '" + ref + "'");
    }
    return s;
  }

  /** The id of the requirement with citation {@code ref} inside the document {@code documentId}. */
  public static String requirement(String documentId, String ref) {
    if (!isDocument(documentId)) {
      throw new IllegalArgumentException("not a document id: " + documentId);
    }
    return REQUIREMENT + documentId.substring(DOCUMENT.length()) + ":" + slug(ref);
  }

  /** The id of a glossary term, from its English and Japanese forms. */
  public static String term(String english, String japanese) {
    return TERM + slug(english.replace('/', ' ')) + ":" + Integer.toHexString(japanese.hashCode());
  }

  public static boolean isDocument(String id) {
    return id != null && DOCUMENT_ID.matcher(id).matches();
  }

  public static boolean isRequirement(String id) {
    return id != null && REQUIREMENT_ID.matcher(id).matches();
  }

  /**
   * A code normalised for lookups: case, spaces and punctuation are ignored, so {@code "ETSI EN 303
   * 645"}, {@code "etsi en303645"} and {@code "ETSI-EN-303-645"} all give {@code etsien303645}.
   */
  public static String codeKey(String code) {
    return Normalizer.normalize(code, Normalizer.Form.NFKC)
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
