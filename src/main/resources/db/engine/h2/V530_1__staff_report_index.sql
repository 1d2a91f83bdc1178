-- The staff report's index of completed tasks by end time (db/engine/postgresql/V530_1__staff_report_index.sql):
-- H2 has no partial indexes or INCLUDE columns, so the key holds the process instance too.
CREATE INDEX IF NOT EXISTS ACT_IDX_AS_HI_TASK_DONE ON ACT_HI_TASKINST (END_TIME_, ASSIGNEE_, PROC_INST_ID_);
