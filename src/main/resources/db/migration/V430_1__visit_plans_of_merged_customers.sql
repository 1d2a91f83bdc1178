-- Visit plans follow a customer merge (issue #18): merging customers moves the duplicate's plans to the survivor
-- (CustomerRepository.merge). Plans of customers merged before that kept the duplicate's id; they move to the
-- survivor here (merged_into always names the survivor: a merge re-points earlier merges). Portable SQL.

UPDATE visit_plan
   SET customer_id = (SELECT c.merged_into FROM customer c WHERE c.id = visit_plan.customer_id)
 WHERE customer_id IN (SELECT c.id FROM customer c WHERE c.merged_into IS NOT NULL);
