-- The language the customer is written to in (CustomerLanguage): zh-CN unless they asked for English at intake.
-- Cases opened before keep Chinese, the department's language. Portable SQL: H2 (default mode) and PostgreSQL 15
-- (a column with a constant default is added without rewriting the table on PostgreSQL 11+).

ALTER TABLE service_case ADD COLUMN language VARCHAR(10) DEFAULT 'zh-CN' NOT NULL;
