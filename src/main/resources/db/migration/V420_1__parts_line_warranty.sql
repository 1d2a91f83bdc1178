-- Warranty per part line (rulebook 000 第五篇 一1: parts of a product may have warranty periods of their own). A
-- standalone parts request for a registered product decides each line through warranty-coverage.dmn: a part with
-- its own registered term (warranty_term.part_code = the line's part) by that term, every other part by the
-- product's warranty, both counted from the product's installation or purchase. One row per decided line; a line
-- decided again replaces its row. Portable SQL: H2 (default mode) and PostgreSQL 15; the table is new and empty.
CREATE TABLE parts_line_warranty (
  request_number VARCHAR(40)  NOT NULL,
  line_no        INTEGER      NOT NULL,
  -- part: the part's own term; product: the product's warranty
  term_source    VARCHAR(10)  NOT NULL,
  starts_on      DATE         NOT NULL,
  ends_on        DATE         NOT NULL,
  -- warranty or chargeable, as warranty-coverage.dmn decided
  coverage       VARCHAR(20)  NOT NULL,
  reason         VARCHAR(200),
  decided_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_parts_line_warranty PRIMARY KEY (request_number, line_no),
  CONSTRAINT fk_parts_line_warranty_request FOREIGN KEY (request_number) REFERENCES parts_request (request_number),
  CONSTRAINT ck_parts_line_warranty_source CHECK (term_source IN ('part', 'product')),
  CONSTRAINT ck_parts_line_warranty_coverage CHECK (coverage IN ('warranty', 'chargeable'))
);
