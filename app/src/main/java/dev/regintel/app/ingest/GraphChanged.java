package dev.regintel.app.ingest;

/** Published after a load wrote to the graph, with the graph's new generation number. */
public record GraphChanged(long generation) {}
