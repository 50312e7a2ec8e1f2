-- NeedleJournal clinic mode: what a seat's database role may do.
-- Run as the journal's owner (the role that created the database and ran the first start),
-- after the seat role exists:  CREATE ROLE front_desk LOGIN PASSWORD '…';
-- `needlejournal clinic grant-seat front_desk` runs this with {role} and {database} filled in
-- (quoted identifiers); `--print` shows it instead, for a DBA to run by hand.

GRANT CONNECT ON DATABASE {database} TO {role};
GRANT USAGE ON SCHEMA public TO {role};

-- The journal's records: seats read and write them (optimistic locking guards each row).
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role};
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {role};

-- The audit trail is append-only for a seat: it adds lines, it can never change or remove one.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM {role};
GRANT SELECT, INSERT ON audit_entry TO {role};
-- The chain head (one row) is moved forward by every append, never created or removed.
REVOKE INSERT, DELETE, TRUNCATE ON audit_head FROM {role};
GRANT SELECT, UPDATE ON audit_head TO {role};

-- Schema migrations are the owner's: a seat reads the revision, and is refused (in one
-- sentence) when the database needs an update it may not make.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON alembic_version FROM {role};
GRANT SELECT ON alembic_version TO {role};
