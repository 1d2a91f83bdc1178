-- Purchasing and stocktaking of the spare-parts store (003 五.1, 五.2). stock_reorder holds one row per part and
-- store while a purchase request is open, so stock at or under its reorder level opens one request, not one per
-- issue. stock_count and its lines keep each monthly count: the quantities the ledger expected when the count
-- began, what was counted, and who counted and approved; approved differences become correction lines.
-- Portable SQL: runs unchanged on H2 (default mode) and PostgreSQL 15.

CREATE TABLE stock_reorder (
  store_code          VARCHAR(20)  NOT NULL,
  part_code           VARCHAR(40)  NOT NULL,
  suggested_quantity  INTEGER      NOT NULL,
  opened_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_stock_reorder PRIMARY KEY (store_code, part_code),
  CONSTRAINT fk_stock_reorder_level FOREIGN KEY (store_code, part_code) REFERENCES stock_level (store_code, part_code)
);

CREATE TABLE stock_count (
  count_id             VARCHAR(60)  NOT NULL,
  store_code           VARCHAR(20)  NOT NULL,
  process_instance_id  VARCHAR(64)  NOT NULL,
  status               VARCHAR(20)  NOT NULL,
  opened_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  counted_by           VARCHAR(64),
  counted_at           TIMESTAMP WITH TIME ZONE,
  approved_by          VARCHAR(64),
  approved_at          TIMESTAMP WITH TIME ZONE,
  CONSTRAINT pk_stock_count PRIMARY KEY (count_id),
  CONSTRAINT fk_stock_count_store FOREIGN KEY (store_code) REFERENCES stock_store (store_code)
);

CREATE TABLE stock_count_line (
  count_id   VARCHAR(60)  NOT NULL,
  part_code  VARCHAR(40)  NOT NULL,
  expected   INTEGER      NOT NULL,
  counted    INTEGER,
  CONSTRAINT pk_stock_count_line PRIMARY KEY (count_id, part_code),
  CONSTRAINT fk_stock_count_line_count FOREIGN KEY (count_id) REFERENCES stock_count (count_id),
  CONSTRAINT ck_stock_count_line_counted CHECK (counted IS NULL OR counted >= 0)
);
