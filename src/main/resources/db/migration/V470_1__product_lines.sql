-- The product line of a product model: it decides which parts catalogue the parts forms offer for a case
-- (furniture: parts made to order, the 004 附表 items and the model's price list; instrument and copier: the model's
-- spare parts in the price list). A model without a row is furniture, the line whose parts flow (004) the parts
-- request was written for. Portable SQL: H2 (default mode) and PostgreSQL 15.
CREATE TABLE product_model_line (
  product_model VARCHAR(100) NOT NULL,
  product_line  VARCHAR(20)  NOT NULL,
  CONSTRAINT pk_product_model_line PRIMARY KEY (product_model),
  CONSTRAINT ck_product_model_line CHECK (product_line IN ('furniture', 'instrument', 'copier'))
);

INSERT INTO product_model_line (product_model, product_line) VALUES ('MX-3070', 'copier');
INSERT INTO product_model_line (product_model, product_line) VALUES ('MX-4070', 'copier');
INSERT INTO product_model_line (product_model, product_line) VALUES ('Centrifuge C-200', 'instrument');
INSERT INTO product_model_line (product_model, product_line) VALUES ('Bed B-180', 'furniture');
INSERT INTO product_model_line (product_model, product_line) VALUES ('Wardrobe W-2', 'furniture');
