-- Links between cases, e.g. the repair case opened when an exchange is turned into a repair ("repair-of")
-- or the exchange case opened from a repair assessment ("exchange-of"). case_number is the newer case,
-- related_case_number the case it came from. Portable SQL: H2 (default mode) and PostgreSQL 15.
CREATE TABLE case_link (
  case_number         VARCHAR(20) NOT NULL,
  related_case_number VARCHAR(20) NOT NULL,
  relation            VARCHAR(40) NOT NULL,
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  -- One link per pair: linking the same two cases again is a no-op.
  CONSTRAINT pk_case_link PRIMARY KEY (case_number, related_case_number),
  CONSTRAINT fk_case_link_case FOREIGN KEY (case_number) REFERENCES service_case (case_number),
  CONSTRAINT fk_case_link_related FOREIGN KEY (related_case_number) REFERENCES service_case (case_number),
  CONSTRAINT ck_case_link_not_self CHECK (case_number <> related_case_number)
);

-- Looking up "the repair case opened from this exchange" and the reverse direction of linksOf.
CREATE INDEX ix_case_link_related ON case_link (related_case_number, relation);
