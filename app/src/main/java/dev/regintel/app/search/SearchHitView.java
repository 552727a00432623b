package dev.regintel.app.search;

/** One search hit as the API shows it. */
public record SearchHitView(
    double score,
    String kind,
    String id,
    String title,
    String titleJa,
    String documentCode,
    String ref,
    String snippet) {}
