-- Delivery, unpacking, installation and commissioning (rulebook 000 part 3 §2, 004): the appointment, the team of at
-- least two, the commissioning checklist, the customer's signature, problems found on site and the follow-up call.
-- Portable SQL: H2 and PostgreSQL 15.
CREATE TABLE installation (
  case_number          VARCHAR(20)  NOT NULL,
  scope                VARCHAR(20),
  factory_assistance   BOOLEAN,
  visit_date           DATE,
  team_leader          VARCHAR(100),
  installers           VARCHAR(300),
  installer_count      INTEGER,
  checklist            VARCHAR(200),
  customer_signed_at   TIMESTAMP WITH TIME ZONE,
  site_problem         VARCHAR(10),
  problem_note         VARCHAR(2000),
  satisfaction_score   INTEGER,
  follow_up_note       VARCHAR(2000),
  received_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  closed_at            TIMESTAMP WITH TIME ZONE,
  CONSTRAINT pk_installation PRIMARY KEY (case_number),
  CONSTRAINT ck_installation_scope CHECK (scope IN ('small', 'batch', 'large-imported')),
  CONSTRAINT ck_installation_site_problem CHECK (site_problem IN ('none', 'repair', 'parts')),
  CONSTRAINT ck_installation_satisfaction CHECK (satisfaction_score BETWEEN 1 AND 5)
);

CREATE INDEX ix_installation_visit_date ON installation (visit_date);
