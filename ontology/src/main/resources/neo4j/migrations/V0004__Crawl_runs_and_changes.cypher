// Crawl runs are listed newest first, per source; changes are read per document and since a time.
CREATE CONSTRAINT crawl_run_id IF NOT EXISTS FOR (n:CrawlRun) REQUIRE n.id IS UNIQUE;
CREATE INDEX crawl_run_source IF NOT EXISTS FOR (n:CrawlRun) ON (n.source, n.startedAt);
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (n:Change) REQUIRE n.id IS UNIQUE;
CREATE INDEX change_at IF NOT EXISTS FOR (n:Change) ON (n.at);
CREATE INDEX change_document IF NOT EXISTS FOR (n:Change) ON (n.documentId);
// The cache validators (ETag, Last-Modified) of fetched URLs live with the graph they describe.
CREATE CONSTRAINT fetch_cache_url IF NOT EXISTS FOR (n:FetchCache) REQUIRE n.url IS UNIQUE;
