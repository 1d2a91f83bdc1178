-- Supplementary parts (补件): requests and their lines (补件制做申请单 / 补件汇总表), production orders with
-- their booking into the finished-goods warehouse, the warehouse's daily summary (补件入库汇总表) and the
-- unpack log (拆包纪录). Portable SQL: runs unchanged on H2 (default mode) and PostgreSQL 15.

CREATE TABLE parts_request (
  request_number      VARCHAR(40)   NOT NULL,
  case_number         VARCHAR(20)   NOT NULL,
  -- One request per process instance: a re-run of the opening step finds the request it made.
  process_instance_id VARCHAR(64)   NOT NULL,
  status              VARCHAR(20)   NOT NULL,
  covered_by_warranty BOOLEAN       NOT NULL,
  urgent              BOOLEAN       NOT NULL,
  unpack_requested    BOOLEAN       NOT NULL,
  split_orders        BOOLEAN       NOT NULL,
  customer_name       VARCHAR(100),
  product_model       VARCHAR(100),
  total_amount        NUMERIC(12, 2),
  requested_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  reviewed_by         VARCHAR(64),
  reviewed_at         TIMESTAMP WITH TIME ZONE,
  rejection_reason    VARCHAR(1000),
  paid_amount         NUMERIC(12, 2),
  payment_reference   VARCHAR(100),
  paid_at             TIMESTAMP WITH TIME ZONE,
  delivery_note       VARCHAR(64),
  shipped_at          TIMESTAMP WITH TIME ZONE,
  closed_at           TIMESTAMP WITH TIME ZONE,
  updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_parts_request PRIMARY KEY (request_number),
  CONSTRAINT uq_parts_request_instance UNIQUE (process_instance_id)
);

CREATE INDEX ix_parts_request_case ON parts_request (case_number);
CREATE INDEX ix_parts_request_status ON parts_request (status);
CREATE INDEX ix_parts_request_requested_at ON parts_request (requested_at);

CREATE TABLE parts_request_line (
  request_number    VARCHAR(40)   NOT NULL,
  line_no           INTEGER       NOT NULL,
  part_name         VARCHAR(100)  NOT NULL,
  part              VARCHAR(40)   NOT NULL,
  part_category     VARCHAR(40)   NOT NULL,
  part_size         VARCHAR(10),
  colour            VARCHAR(60)   NOT NULL,
  quantity          INTEGER       NOT NULL,
  batch_number      VARCHAR(40)   NOT NULL,
  inspection_number VARCHAR(40)   NOT NULL,
  reason            VARCHAR(500)  NOT NULL,
  order_no          INTEGER,
  unit              VARCHAR(10),
  unit_price        NUMERIC(12, 2),
  -- price-table (parts-price.dmn), planning (set in the review) or warranty (free)
  price_source      VARCHAR(20),
  amount            NUMERIC(12, 2),
  CONSTRAINT pk_parts_request_line PRIMARY KEY (request_number, line_no),
  CONSTRAINT fk_parts_line_request FOREIGN KEY (request_number) REFERENCES parts_request (request_number)
);

CREATE TABLE parts_order (
  request_number VARCHAR(40)  NOT NULL,
  order_no       INTEGER      NOT NULL,
  -- panels, hardware or all (hardware and panels may be ordered separately)
  kind           VARCHAR(20)  NOT NULL,
  min_days       INTEGER,
  max_days       INTEGER,
  due_at         TIMESTAMP WITH TIME ZONE,
  urgent_agreed  BOOLEAN      NOT NULL,
  booked_at      TIMESTAMP WITH TIME ZONE,
  booked_by      VARCHAR(64),
  location       VARCHAR(60),
  CONSTRAINT pk_parts_order PRIMARY KEY (request_number, order_no),
  CONSTRAINT fk_parts_order_request FOREIGN KEY (request_number) REFERENCES parts_request (request_number)
);

CREATE INDEX ix_parts_order_booked_at ON parts_order (booked_at);

-- One row per working day: the date is the key, so a second run of the 08:00 job reports nothing twice.
CREATE TABLE parts_daily_summary (
  summary_date  DATE         NOT NULL,
  period_from   TIMESTAMP WITH TIME ZONE,
  period_to     TIMESTAMP WITH TIME ZONE NOT NULL,
  order_count   INTEGER      NOT NULL,
  summary_text  VARCHAR(8000) NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_parts_daily_summary PRIMARY KEY (summary_date)
);

CREATE TABLE parts_unpack_log (
  request_number  VARCHAR(40)   NOT NULL,
  package_number  VARCHAR(60)   NOT NULL,
  product_model   VARCHAR(100)  NOT NULL,
  parts_taken     VARCHAR(1000) NOT NULL,
  approved_by     VARCHAR(64),
  unpacked_by     VARCHAR(64),
  package_marked  BOOLEAN       NOT NULL,
  unpacked_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  replenish_due   TIMESTAMP WITH TIME ZONE NOT NULL,
  replenished_at  TIMESTAMP WITH TIME ZONE,
  replenished_by  VARCHAR(64),
  CONSTRAINT pk_parts_unpack_log PRIMARY KEY (request_number)
);
