-- The level of each engineer (rulebook 003 二.1/二.3 and 九.1: labour is charged by the engineer's level and the
-- difficulty of the repair). Kept by the service managers (PUT /api/engineer-levels/{userId}); an engineer without a
-- row is priced at aftersales.repair.labour.default-engineer-level. Portable SQL: H2 and PostgreSQL 15.
CREATE TABLE engineer_level (
  user_id     VARCHAR(64)  NOT NULL,
  level       VARCHAR(20)  NOT NULL,
  updated_by  VARCHAR(64)  NOT NULL,
  updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_engineer_level PRIMARY KEY (user_id),
  CONSTRAINT ck_engineer_level CHECK (level IN ('junior', 'intermediate', 'senior'))
);
