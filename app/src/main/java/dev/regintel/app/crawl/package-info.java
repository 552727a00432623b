/**
 * Crawling into the graph: runs the crawlers' {@link dev.regintel.crawlers.crawl.Crawler} for the
 * chosen sources (live or from a snapshot), upserts what they parse ({@link CrawlIngest}), keeps
 * the history of every change ({@code :Change}), reports conflicts with curated seed data, and
 * records each run ({@code :CrawlRun}), which GraphQL serves as {@code crawlRuns}.
 */
package dev.regintel.app.crawl;
