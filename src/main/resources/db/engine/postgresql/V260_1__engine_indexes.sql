-- Indexes on the process engine's own tables for the queries staff, reports and the job executor run all day
-- (docs/performance.md). They live in db/engine/{vendor} because the engine creates its tables itself: Flyway runs
-- right after the engine's schema operations and before anything else uses the database (cases.SchemaMigrations).
--
-- PostgreSQL: built CONCURRENTLY, so a node applying this migration to a database that is in use blocks no writer
-- of a node already running (a concurrent build waits for older transactions instead); hence no transaction
-- (V260_1__engine_indexes.sql.conf) and Flyway's session lock (spring.flyway.postgresql.transactional-lock: false),
-- without which the build would wait for Flyway's own lock transaction forever. IF NOT EXISTS: databases whose
-- indexes the application created at start-up before this migration keep them. If a build fails, PostgreSQL leaves
-- the index INVALID and Flyway records the migration as failed: DROP INDEX CONCURRENTLY the invalid index, run
-- `flyway repair` and start again (docs/operations.md).

-- Tasklist's lists: ORDER BY due date, then created (newest first), the order Tasklist adds, then the selected
-- columns for SELECT DISTINCT. It serves due-date ranges ("Due today", "Overdue") and the order's leading keys; up
-- to ID_, which is unique, so nothing after it can change the order. Not the 23 selected columns any more: they
-- include DESCRIPTION_ (up to 4,000 characters) and a B-tree entry holds at most 2,704 bytes, so a task with a long
-- description could not be created (engine.LongTaskDescriptionPostgresTest).
CREATE INDEX CONCURRENTLY IF NOT EXISTS ACT_IDX_AS_TASK_DUE ON ACT_RU_TASK (DUE_DATE_, CREATE_TIME_ DESC, REV_, ID_);
DROP INDEX CONCURRENTLY IF EXISTS ACT_IDX_AS_TASK_LIST;

-- ... and each task's candidate group is checked with one index-only probe (task, group, type).
CREATE INDEX CONCURRENTLY IF NOT EXISTS ACT_IDX_AS_IDLNK_TASK_GROUP ON ACT_RU_IDENTITYLINK (TASK_ID_, GROUP_ID_, TYPE_);

-- SLA report: open and recently finished instances of one activity / one user task.
CREATE INDEX CONCURRENTLY IF NOT EXISTS ACT_IDX_AS_HI_ACT_ACTID_END ON ACT_HI_ACTINST (ACT_ID_, END_TIME_);
CREATE INDEX CONCURRENTLY IF NOT EXISTS ACT_IDX_AS_HI_TASK_KEY_END ON ACT_HI_TASKINST (TASK_DEF_KEY_, END_TIME_);

-- Job acquisition by due date (job-executor-acquire-by-due-date): walks the due jobs and stops after those it takes,
-- instead of reading every job, waiting timers included, on each look.
CREATE INDEX CONCURRENTLY IF NOT EXISTS ACT_IDX_AS_JOB_DUE ON ACT_RU_JOB (DUEDATE_);

-- Every task completion asks for the task's subtasks (PARENT_TASK_ID_ = ?), which had no index. We have no subtasks,
-- so the partial index stays empty and costs nothing on insert, yet answers at once.
CREATE INDEX CONCURRENTLY IF NOT EXISTS ACT_IDX_AS_TASK_PARENT ON ACT_RU_TASK (PARENT_TASK_ID_)
  WHERE PARENT_TASK_ID_ IS NOT NULL;

-- Acquisition skips jobs of instances with an exclusive job running: only the few locked jobs are in this index.
CREATE INDEX CONCURRENTLY IF NOT EXISTS ACT_IDX_AS_JOB_LOCKED ON ACT_RU_JOB (PROCESS_INSTANCE_ID_)
  WHERE LOCK_OWNER_ IS NOT NULL;

-- The authorization join of every task query filters on PERMS_ & n = n; without statistics on these expressions
-- the planner guesses 0.5 % of the rows and joins the grants by a nested loop over all of them. ANALYZE once here;
-- autovacuum keeps the statistics current afterwards.
CREATE STATISTICS IF NOT EXISTS ACT_STX_AS_AUTH_READ ON (PERMS_ & 2) FROM ACT_RU_AUTHORIZATION;
CREATE STATISTICS IF NOT EXISTS ACT_STX_AS_AUTH_READ_TASK ON (PERMS_ & 64) FROM ACT_RU_AUTHORIZATION;
ANALYZE ACT_RU_AUTHORIZATION;

-- A parallel plan costs more to start (about 15 ms) than an indexed walk of the task table takes.
ALTER TABLE ACT_RU_TASK SET (parallel_workers = 0);
