package com.aftersales.flows.visit;

import com.aftersales.cases.ServiceCase;

/**
 * Whether a case's customer is a key customer, whose every case is visited (002 二(五)3.4.2). Until the customer
 * archive exists the default ({@link VisitConfiguration}) says {@link CustomerClass#NORMAL} for everyone and only a
 * case that says so itself (variable {@code keyCustomer}, as the complaint record sets it) counts as a key
 * customer's; the archive provides its own bean of this type and the default steps aside.
 */
@FunctionalInterface
public interface CustomerClassification {

  CustomerClass classify(ServiceCase serviceCase);

  enum CustomerClass {
    KEY,
    NORMAL
  }
}
