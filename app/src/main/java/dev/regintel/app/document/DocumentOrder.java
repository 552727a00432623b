package dev.regintel.app.document;

/** The DocumentOrder input: how {@code documents} sorts its list. */
public enum DocumentOrder {
  /** By code, then each code's versions oldest first (the default). */
  CODE,
  /** Oldest first by publication date, at the precision each date has ({@link VersionOrder}). */
  PUBLISHED,
  /** Newest first by publication date, the reverse of {@link #PUBLISHED}. */
  PUBLISHED_DESC
}
