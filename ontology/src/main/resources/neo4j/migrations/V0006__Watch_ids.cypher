// A saved watch is read, listed and deleted by its id; two watches never share one, and a key's
// watches are found without a scan.
CREATE CONSTRAINT watch_id IF NOT EXISTS FOR (n:Watch) REQUIRE n.id IS UNIQUE;
CREATE INDEX watch_key IF NOT EXISTS FOR (n:Watch) ON (n.keyId);
