-- When a return visit is due (issue #18, the weekly visit figures "done vs due"): the close of its first contact
-- window, the first visit task's due date. Set when the first window is planned (VisitService.planAttempt); a
-- visit whose task exists already takes its first visit task's due date from the engine's task history
-- (V430_3__ReturnVisitDueFromTaskHistory, Java: it reads the engine's table only where there is one). A visit
-- still waiting for its first window gets none and counts under no week. Portable SQL (H2 and PostgreSQL 15).

ALTER TABLE return_visit ADD COLUMN due_at TIMESTAMP WITH TIME ZONE;

CREATE INDEX ix_return_visit_due ON return_visit (due_at);
CREATE INDEX ix_return_visit_visited ON return_visit (visited_at);
