-- Proactive maintenance visits (rulebook 000 part 5): the plan per installed product and one row per visit with what
-- was found, what stayed unsolved (reported to engineering) and the customer's satisfaction. Portable SQL: H2 and
-- PostgreSQL 15.
CREATE TABLE maintenance_plan (
  case_number      VARCHAR(20) NOT NULL,
  serial_number    VARCHAR(64),
  planned_visits   INTEGER,
  visit_interval   VARCHAR(10),
  first_visit_date DATE,
  visits_done      INTEGER     DEFAULT 0 NOT NULL,
  received_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  closed_at        TIMESTAMP WITH TIME ZONE,
  CONSTRAINT pk_maintenance_plan PRIMARY KEY (case_number),
  CONSTRAINT ck_maintenance_plan_visits CHECK (planned_visits BETWEEN 1 AND 12)
);

CREATE TABLE maintenance_visit (
  case_number        VARCHAR(20)   NOT NULL,
  visit_number       INTEGER       NOT NULL,
  visit_date         DATE          NOT NULL,
  engineer           VARCHAR(64),
  findings           VARCHAR(2000),
  unsolved_problems  VARCHAR(2000),
  follow_on          VARCHAR(10)   NOT NULL,
  satisfaction_score INTEGER       NOT NULL,
  recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_maintenance_visit PRIMARY KEY (case_number, visit_number),
  CONSTRAINT ck_maintenance_visit_follow_on CHECK (follow_on IN ('none', 'repair', 'parts')),
  CONSTRAINT ck_maintenance_visit_satisfaction CHECK (satisfaction_score BETWEEN 1 AND 5)
);
