-- A destruction (002 二(一) 6.10) erases the customer's campaign SMS in the outbox (they carry the phone number and
-- no case number) and the customer's rows in the free-service month campaigns (who was invited, which case the
-- booking opened); the record counts them like the other kinds. Portable SQL: H2 (default mode) and PostgreSQL 15.
ALTER TABLE archive_destruction ADD COLUMN destroyed_sms INTEGER;
ALTER TABLE archive_destruction ADD COLUMN destroyed_campaign_recipients INTEGER;
