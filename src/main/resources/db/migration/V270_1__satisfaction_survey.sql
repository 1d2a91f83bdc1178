-- The customer's own answer to the follow-up question (issue #23): one survey per case, opened when the follow-up
-- call is due and its mail with the link goes out. The token in the link is the customer's key to answer it.
-- Portable SQL: H2 (default mode) and PostgreSQL 15.
CREATE TABLE satisfaction_survey (
  case_number         VARCHAR(20)   NOT NULL,
  token               VARCHAR(64)   NOT NULL,
  process_instance_id VARCHAR(64)   NOT NULL,
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  score               INTEGER,
  answer_comment      VARCHAR(1000),
  answered_at         TIMESTAMP WITH TIME ZONE,
  CONSTRAINT pk_satisfaction_survey PRIMARY KEY (case_number),
  CONSTRAINT uq_satisfaction_survey_token UNIQUE (token),
  CONSTRAINT fk_satisfaction_survey_case FOREIGN KEY (case_number) REFERENCES service_case (case_number),
  CONSTRAINT ck_satisfaction_survey_score CHECK (score IS NULL OR (score BETWEEN 1 AND 5))
);
