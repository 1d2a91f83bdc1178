-- Return visits (issue #18; rulebook 000 第四篇 (二), 002 二(五)2–3): one row per visit. A closed case gets
-- its row when it closes: a key customer's at once with a visit due (100 %, 002 3.4.2), every other case as a
-- candidate for the sample drawn twice a week (000 第四篇 (二)2). The row holds the complete answer (002 3.4.3),
-- the score, the suggestions, the written feedback form and the complaint the visit opened. Portable SQL (H2
-- and PostgreSQL 15); the tables are new and empty, so their indexes are built with them.

CREATE TABLE return_visit (
  visit_number          VARCHAR(40)   NOT NULL,
  case_number           VARCHAR(20),
  reason                VARCHAR(20)   NOT NULL,
  status                VARCHAR(20)   NOT NULL,
  case_closed_at        TIMESTAMP WITH TIME ZONE,
  case_final_status     VARCHAR(40),
  draw_id               VARCHAR(40),
  process_instance_id   VARCHAR(64),
  attempts              INTEGER       DEFAULT 0 NOT NULL,
  visited_by            VARCHAR(255),
  visited_at            TIMESTAMP WITH TIME ZONE,
  visit_mode            VARCHAR(20),
  answer                VARCHAR(4000),
  satisfaction          INTEGER,
  suggestions           VARCHAR(2000),
  complaint_raised      BOOLEAN,
  complaint_case_number VARCHAR(20),
  feedback_form_number  VARCHAR(60),
  feedback_handed_in_at TIMESTAMP WITH TIME ZONE,
  feedback_handed_in_by VARCHAR(255),
  feedback_answered_at  TIMESTAMP WITH TIME ZONE,
  feedback_answered_by  VARCHAR(255),
  service_commitment    VARCHAR(2000),
  created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_return_visit PRIMARY KEY (visit_number)
);

CREATE INDEX ix_return_visit_status ON return_visit (status, case_closed_at);
CREATE INDEX ix_return_visit_case ON return_visit (case_number);

-- One row per sample draw (its id is the draw's day in the company zone): the first node to insert it draws,
-- any other node or a repeated run finds it and draws nothing.
CREATE TABLE return_visit_draw (
  draw_id     VARCHAR(40)  NOT NULL,
  drawn_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  candidates  INTEGER      NOT NULL,
  sampled     INTEGER      NOT NULL,
  CONSTRAINT pk_return_visit_draw PRIMARY KEY (draw_id)
);
