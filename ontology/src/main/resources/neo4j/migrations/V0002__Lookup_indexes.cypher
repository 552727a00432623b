// Lookups the API makes by something other than the id.
CREATE INDEX document_code_key IF NOT EXISTS FOR (n:Document) ON (n.codeKey);
CREATE INDEX document_family IF NOT EXISTS FOR (n:Document) ON (n.family);
CREATE INDEX document_published IF NOT EXISTS FOR (n:Document) ON (n.published);
CREATE INDEX requirement_document_ref IF NOT EXISTS FOR (n:Requirement) ON (n.documentId, n.refKey);
CREATE INDEX control_name IF NOT EXISTS FOR (n:Control) ON (n.name);
