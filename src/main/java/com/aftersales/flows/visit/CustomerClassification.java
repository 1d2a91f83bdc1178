package com.aftersales.flows.visit;

import com.aftersales.cases.ServiceCase;
import com.aftersales.customers.Classification;

/**
 * The customer's classification (normal, key 重点, VIP) that decides whether every case of theirs is visited
 * (002 二(五)3.4.2). Read from the customer archive by the case's {@code customerId} when the case closes
 * ({@link ArchiveCustomerClassification}); a case of no archived customer is a normal customer's.
 */
@FunctionalInterface
public interface CustomerClassification {

  Classification classify(ServiceCase serviceCase);
}
