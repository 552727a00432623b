package dev.regintel.app.write;

/**
 * An observed value (crawled or imported) that disagrees with one it may not overwrite. The stored
 * value stays; the run reports the disagreement so that someone decides.
 *
 * @param nodeId the node
 * @param field the property
 * @param stored the curated value, as text
 * @param crawled the crawled value, as text
 * @param url where the crawled value was read
 */
public record Conflict(String nodeId, String field, String stored, String crawled, String url) {}
