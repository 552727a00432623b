// Applicability rules (which documents apply to which devices where) are looked up by jurisdiction.
CREATE CONSTRAINT applicability_rule_id IF NOT EXISTS FOR (n:ApplicabilityRule) REQUIRE n.id IS UNIQUE;
CREATE INDEX applicability_rule_jurisdiction IF NOT EXISTS FOR (n:ApplicabilityRule) ON (n.jurisdiction);
