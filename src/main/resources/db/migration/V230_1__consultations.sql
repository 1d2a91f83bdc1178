-- Consultations, suggestions and quality feedback (rulebook 000 §1.2, articles 6, 7 and 9): what was asked, the
-- answer and when it was due, and for suggestions and quality feedback the sales office's written report, the
-- general manager's instruction and the follow-through until it is done. Portable SQL: H2 and PostgreSQL 15.
CREATE TABLE consultation (
  case_number            VARCHAR(20)   NOT NULL,
  kind                   VARCHAR(20),
  question               VARCHAR(4000) NOT NULL,
  answer_due_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  answer                 VARCHAR(4000),
  answered_by            VARCHAR(64),
  answered_at            TIMESTAMP WITH TIME ZONE,
  feedback_report        VARCHAR(4000),
  instruction            VARCHAR(2000),
  instructed_by          VARCHAR(64),
  instructed_at          TIMESTAMP WITH TIME ZONE,
  action_required        BOOLEAN,
  responsible_department VARCHAR(100),
  follow_through_note    VARCHAR(2000),
  follow_through_checks  INTEGER       DEFAULT 0 NOT NULL,
  follow_through_done_at TIMESTAMP WITH TIME ZONE,
  closed_at              TIMESTAMP WITH TIME ZONE,
  received_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_consultation PRIMARY KEY (case_number),
  CONSTRAINT ck_consultation_kind CHECK (kind IN ('question', 'suggestion', 'quality-feedback'))
);

CREATE INDEX ix_consultation_received_at ON consultation (received_at);
