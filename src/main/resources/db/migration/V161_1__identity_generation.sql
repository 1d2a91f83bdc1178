-- One counter that every change of users, groups, tenants, memberships and authorizations raises in the change's own
-- transaction (security.IdentityGuardPlugin). Each node compares it, one primary-key read per request, with the
-- value its remembered logins were made under (security.CredentialCache), so a change made on any node of the
-- cluster takes effect on every node with the next request. Portable SQL: H2 (default mode) and PostgreSQL 15.

CREATE TABLE identity_generation (
  id         INTEGER NOT NULL,
  generation BIGINT  NOT NULL,
  CONSTRAINT pk_identity_generation PRIMARY KEY (id)
);

INSERT INTO identity_generation (id, generation) VALUES (1, 0);
