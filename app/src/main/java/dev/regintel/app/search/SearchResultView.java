package dev.regintel.app.search;

import java.util.List;

/**
 * The hits of a search and how many there are in all.
 *
 * @param total how many hits there are: exact when {@code totalExact}, otherwise a lower bound
 * @param totalExact whether {@code total} counts every hit
 * @param hits the page of hits asked for, best first
 */
public record SearchResultView(int total, boolean totalExact, List<SearchHitView> hits) {}
