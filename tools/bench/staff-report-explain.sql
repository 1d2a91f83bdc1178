-- The staff report's statements (reports.staff.StaffReportService) with EXPLAIN (ANALYZE, BUFFERS), as the benchmark
-- calls them for sam (the members of customer-service, engineers and service-managers) over one year; run on the
-- database tools/bench/staff-report.sh filled, e.g.
--   psql -h localhost -U aftersales -d aftersales_bench -v from="'2025-12-06 16:00'" -v to="'2026-12-06 16:00'" \
--     -f tools/bench/staff-report-explain.sql
-- (from/to: the period's start and end in UTC, the company zone being Asia/Shanghai). docs/performance.md, "Staff
-- report over one year", quotes its buffers.
SET random_page_cost = 1.1;
SELECT string_agg(quote_literal(u), ',') AS people FROM (SELECT DISTINCT m.USER_ID_ u FROM ACT_ID_MEMBERSHIP m
  WHERE m.GROUP_ID_ IN ('customer-service', 'engineers', 'service-managers') UNION SELECT 'sam') x \gset
BEGIN;
SET LOCAL work_mem = '64MB';
\echo ==== tasks per person and task type
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT t.ASSIGNEE_ AS person, t.PROC_DEF_KEY_ AS process_key, t.TASK_DEF_KEY_ AS task_key, MAX(t.NAME_) AS task_name, COUNT(*) AS tasks, SUM(CASE WHEN COALESCE(f.from_due, t.DUE_DATE_) IS NOT NULL THEN 1 ELSE 0 END) AS with_due, SUM(CASE WHEN COALESCE(f.from_due, t.DUE_DATE_) IS NOT NULL AND t.END_TIME_ <= COALESCE(f.from_due, t.DUE_DATE_) THEN 1 ELSE 0 END) AS on_time, SUM(t.DURATION_) AS total_millis FROM ACT_HI_TASKINST t LEFT JOIN (SELECT m.task_id, m.from_due FROM task_due_date_move m JOIN (SELECT task_id, MIN(id) AS first_id FROM task_due_date_move GROUP BY task_id) fm ON fm.first_id = m.id) f ON f.task_id = t.ID_ WHERE t.END_TIME_ >= :from AND t.END_TIME_ < :to AND t.ASSIGNEE_ IN (:people) AND t.DELETE_REASON_ = 'completed' GROUP BY t.ASSIGNEE_, t.PROC_DEF_KEY_, t.TASK_DEF_KEY_;
\echo ==== cases, visit scores and complaints
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) WITH worked AS (SELECT DISTINCT t.ASSIGNEE_ AS person, p.BUSINESS_KEY_ AS case_number FROM ACT_HI_TASKINST t JOIN ACT_HI_PROCINST p ON p.ID_ = t.PROC_INST_ID_ WHERE t.END_TIME_ >= :from AND t.END_TIME_ < :to AND t.ASSIGNEE_ IN (:people) AND t.DELETE_REASON_ = 'completed' AND p.BUSINESS_KEY_ IS NOT NULL) SELECT w.person, COUNT(*) AS cases, COALESCE(SUM(s.visits), 0) AS visits, COALESCE(SUM(s.score_sum), 0) AS score_sum, 0 AS complaints FROM worked w LEFT JOIN (SELECT v.case_number, COUNT(*) AS visits, SUM(v.satisfaction) AS score_sum FROM return_visit v WHERE v.satisfaction IS NOT NULL GROUP BY v.case_number) s ON s.case_number = w.case_number GROUP BY w.person UNION ALL SELECT w.person, 0, 0, 0, COUNT(DISTINCT l.case_number) FROM worked w JOIN case_link l ON l.related_case_number = w.case_number AND l.relation = 'complaint-of' GROUP BY w.person;;
\echo ==== names and groups
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT u.ID_ AS user_id, u.FIRST_ AS first_name, u.LAST_ AS last_name,
  g.ID_ AS group_id, g.NAME_ AS group_name FROM ACT_ID_USER u LEFT JOIN ACT_ID_MEMBERSHIP m ON m.USER_ID_ = u.ID_
  LEFT JOIN ACT_ID_GROUP g ON g.ID_ = m.GROUP_ID_ WHERE u.ID_ IN (:people);
COMMIT;
