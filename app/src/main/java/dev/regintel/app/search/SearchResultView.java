package dev.regintel.app.search;

import java.util.List;

/** The hits of a search and how many there are in all. */
public record SearchResultView(int total, List<SearchHitView> hits) {}
