package dev.regintel.crawlers;

import java.net.URI;
import java.time.Instant;

/**
 * A fetched resource, as a parser sees it.
 *
 * @param url the final URL (after redirects)
 * @param contentType the Content-Type header, or null
 * @param body the bytes (byte-order mark included, if the server sent one)
 * @param retrieved when it was fetched
 * @param sha256 hex SHA-256 of the body
 */
public record Fetched(URI url, String contentType, byte[] body, Instant retrieved, String sha256) {}
