-- When a return visit is due (issue #18, the weekly visit figures "done vs due"): the close of its first contact
-- window, the first visit task's due date. Set when the first window is planned (VisitService.planAttempt); a
-- visit whose task exists already takes its first visit task's due date from the engine's task history (the
-- engine's tables are there before Flyway runs, cases.SchemaMigrations). A visit still waiting for its first
-- window gets none and counts under no week. Portable SQL (H2 and PostgreSQL 15).

ALTER TABLE return_visit ADD COLUMN due_at TIMESTAMP WITH TIME ZONE;

UPDATE return_visit
   SET due_at = (SELECT MIN(t.DUE_DATE_) FROM ACT_HI_TASKINST t
                  WHERE t.PROC_INST_ID_ = return_visit.process_instance_id
                    AND t.TASK_DEF_KEY_ = 'Task_ConductVisit')
 WHERE process_instance_id IS NOT NULL;

CREATE INDEX ix_return_visit_due ON return_visit (due_at);
CREATE INDEX ix_return_visit_visited ON return_visit (visited_at);
