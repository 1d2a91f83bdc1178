-- Emergency repairs (rulebook 003 八): when the head of after-sales was told, the dispatch of the emergency team, the
-- committed and the real arrival, what the emergency store gave, the progress reports and the resolution.
-- Portable SQL: H2 and PostgreSQL 15.
CREATE TABLE emergency (
  case_number      VARCHAR(20)   NOT NULL,
  kind             VARCHAR(20),
  reported_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  dispatch_due_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  arrival_due_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  team_leader      VARCHAR(100),
  team             VARCHAR(300),
  dispatched_by    VARCHAR(64),
  dispatched_at    TIMESTAMP WITH TIME ZONE,
  arrived_at       TIMESTAMP WITH TIME ZONE,
  stock_drawn      VARCHAR(2000),
  stock_short      VARCHAR(1000),
  progress_reports INTEGER       DEFAULT 0 NOT NULL,
  resolution       VARCHAR(2000),
  resolved_at      TIMESTAMP WITH TIME ZONE,
  closed_at        TIMESTAMP WITH TIME ZONE,
  CONSTRAINT pk_emergency PRIMARY KEY (case_number),
  CONSTRAINT ck_emergency_kind CHECK (kind IN ('major-failure', 'disaster', 'not-emergency'))
);

CREATE INDEX ix_emergency_reported_at ON emergency (reported_at);
