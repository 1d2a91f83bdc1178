-- Indexes on the process engine's own tables, H2 (the embedded default): the same indexes as
-- db/engine/postgresql/V260_1__engine_indexes.sql, built plainly; H2 has no concurrent builds, partial indexes or
-- expression statistics, and is not meant for large databases. IF NOT EXISTS: databases whose indexes the
-- application created at start-up before this migration keep them.

CREATE INDEX IF NOT EXISTS ACT_IDX_AS_TASK_DUE ON ACT_RU_TASK (DUE_DATE_, CREATE_TIME_ DESC, REV_, ID_);
DROP INDEX IF EXISTS ACT_IDX_AS_TASK_LIST;
CREATE INDEX IF NOT EXISTS ACT_IDX_AS_IDLNK_TASK_GROUP ON ACT_RU_IDENTITYLINK (TASK_ID_, GROUP_ID_, TYPE_);
CREATE INDEX IF NOT EXISTS ACT_IDX_AS_HI_ACT_ACTID_END ON ACT_HI_ACTINST (ACT_ID_, END_TIME_);
CREATE INDEX IF NOT EXISTS ACT_IDX_AS_HI_TASK_KEY_END ON ACT_HI_TASKINST (TASK_DEF_KEY_, END_TIME_);
CREATE INDEX IF NOT EXISTS ACT_IDX_AS_JOB_DUE ON ACT_RU_JOB (DUEDATE_);
