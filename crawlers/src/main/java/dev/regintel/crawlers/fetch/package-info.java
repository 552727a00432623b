/**
 * The polite fetch stage. {@link dev.regintel.crawlers.fetch.Fetcher} is the entry point: one
 * shared HTTP client, a per-source host allow-list, robots.txt (RFC 9309, through crawler-commons),
 * one request at a time per host with a delay between requests, conditional GET, bounded retries,
 * redirects followed by hand, and a body size limit enforced while streaming. Every call ends in a
 * {@link dev.regintel.crawlers.fetch.FetchOutcome}, never an exception, so a crawl can count what
 * was fetched, unchanged, disallowed, deferred and failed.
 *
 * <p>{@link dev.regintel.crawlers.fetch.DecodedText} is the one charset rule every parser decodes
 * bytes by: byte-order mark, the document's own declaration, the Content-Type charset, then
 * detection (UTF-8, else windows-1252).
 */
package dev.regintel.crawlers.fetch;
