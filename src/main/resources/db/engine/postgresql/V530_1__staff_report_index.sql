-- The staff report (reports.staff.StaffReportService, issue #18) builds the distinct (person, case) pairs of a period
-- from the tasks completed in it. This partial index holds exactly what that needs (end time, assignee, process
-- instance of the completed tasks), so the period is a range of the index and the tasks are read from it alone (an
-- index-only scan: about a quarter of the table's pages for one year, docs/performance.md). Built CONCURRENTLY
-- without a transaction (V530_1__staff_report_index.sql.conf), as V260_1 explains; IF NOT EXISTS for a re-run.
CREATE INDEX CONCURRENTLY IF NOT EXISTS ACT_IDX_AS_HI_TASK_DONE ON ACT_HI_TASKINST (END_TIME_, ASSIGNEE_)
  INCLUDE (PROC_INST_ID_) WHERE DELETE_REASON_ = 'completed';
