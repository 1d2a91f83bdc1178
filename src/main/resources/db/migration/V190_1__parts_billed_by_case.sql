-- One case, one bill (rulebook 000 §1.5.2.3): the parts request of a chargeable repair is billed with the
-- repair's quote and invoice, not priced and paid a second time. The request keeps that it is billed with its
-- case and the parts amount the accepted quote named. Portable SQL: H2 (default mode) and PostgreSQL 15.

ALTER TABLE parts_request ADD COLUMN billed_by_case BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE parts_request ADD COLUMN case_quoted_parts_amount NUMERIC(12, 2);
