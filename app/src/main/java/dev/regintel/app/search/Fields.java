package dev.regintel.app.search;

/** Index field names. */
final class Fields {

  static final String ID = "id";
  static final String KIND = "kind";
  static final String TITLE = "title";
  static final String TITLE_JA = "titleJa";
  static final String DOCUMENT_CODE = "documentCode";
  static final String REF = "ref";
  static final String PARENT = "parent";
  static final String JURISDICTION = "jurisdiction";
  static final String PUBLISHER = "publisher";

  /** The document's status (a requirement's is its document's); controls have none. */
  static final String STATUS = "status";

  static final String EN_TITLE = "en_title";
  static final String EN_TEXT = "en_text";
  static final String JA_TITLE = "ja_title";
  static final String JA_TEXT = "ja_text";
  static final String JP_TITLE = "jp_title";
  static final String JP_TEXT = "jp_text";
  static final String CODES = "codes";

  /** A requirement's sub-points (its children's titles and texts), weighted below its own text. */
  static final String EN_PARTS_OF = "en_sub";

  static final String JA_PARTS_OF = "ja_sub";
  static final String JP_PARTS_OF = "jp_sub";

  /** The plain-text English and Japanese bodies, stored for snippets. */
  static final String SNIPPET_EN = "snippet_en";

  static final String SNIPPET_JA = "snippet_ja";

  private Fields() {}
}
