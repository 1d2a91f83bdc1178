-- The company's price list for parts of a product model (004 附表: a part priced in the price list is billed at
-- that price; only a part without one takes the appendix table's price, parts-price.dmn). A row without a size
-- ('') prices the part in every size of that model. Portable SQL: H2 (default mode) and PostgreSQL 15.
CREATE TABLE parts_price_list (
  product_model VARCHAR(100)  NOT NULL,
  part          VARCHAR(60)   NOT NULL,
  part_size     VARCHAR(20)   NOT NULL,
  unit          VARCHAR(20)   NOT NULL,
  unit_price    DECIMAL(12,2) NOT NULL,
  updated_by    VARCHAR(64)   NOT NULL,
  updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_parts_price_list PRIMARY KEY (product_model, part, part_size),
  CONSTRAINT ck_parts_price_list_price CHECK (unit_price >= 0)
);
