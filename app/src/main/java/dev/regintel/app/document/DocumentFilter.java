package dev.regintel.app.document;

import java.time.LocalDate;

/** The DocumentFilter input. */
public record DocumentFilter(
    String publisher,
    String jurisdiction,
    String kind,
    String status,
    LocalDate publishedFrom,
    LocalDate publishedTo,
    String family) {

  static final DocumentFilter NONE = new DocumentFilter(null, null, null, null, null, null, null);
}
