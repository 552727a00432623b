package dev.regintel.app.search;

import java.util.List;

/** The SearchFilter input. */
public record SearchFilter(
    List<String> kinds, List<String> jurisdictions, List<String> publishers) {}
