// Products written through the API carry the id of the key that owns them; a key's quota and its
// ownership checks look them up by it.
CREATE INDEX device_owner IF NOT EXISTS FOR (n:Device) ON (n.ownerKeyId);
CREATE INDEX control_owner IF NOT EXISTS FOR (n:Control) ON (n.ownerKeyId);
CREATE INDEX supplier_owner IF NOT EXISTS FOR (n:Supplier) ON (n.ownerKeyId);
