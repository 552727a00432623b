package dev.regintel.app.search;

import java.util.List;

/** The SearchFilter input. */
public record SearchFilter(
    List<String> kinds,
    List<String> jurisdictions,
    List<String> publishers,
    List<String> statuses) {

  /** A filter without statuses. */
  public SearchFilter(List<String> kinds, List<String> jurisdictions, List<String> publishers) {
    this(kinds, jurisdictions, publishers, null);
  }
}
