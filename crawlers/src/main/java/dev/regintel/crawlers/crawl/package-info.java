/**
 * Running a crawl: a {@link dev.regintel.crawlers.crawl.Crawler} walks one source from its entry
 * points, getting each resource from a {@link dev.regintel.crawlers.crawl.Retriever} (the live
 * {@link dev.regintel.crawlers.fetch.Fetcher}, or a recorded {@link
 * dev.regintel.crawlers.crawl.Snapshot}), parsing it with the source's pure parser and handing the
 * records to a {@link dev.regintel.crawlers.crawl.RecordSink}. Every outcome is counted in a {@link
 * dev.regintel.crawlers.crawl.CrawlReport}; nothing a server, a parser or a sink does stops the
 * crawl.
 */
package dev.regintel.crawlers.crawl;
