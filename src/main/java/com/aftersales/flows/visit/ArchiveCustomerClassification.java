package com.aftersales.flows.visit;

import com.aftersales.cases.ServiceCase;
import com.aftersales.customers.Classification;
import com.aftersales.customers.CustomerNotFoundException;
import com.aftersales.customers.CustomerService;
import org.springframework.stereotype.Component;

/**
 * The return-visit programme's key-customer rule (002 二(五)3.4.2) reads the classification of the case's customer
 * from the archive, as it stands when the case closes; a merged customer's is the survivor's. A case of no archived
 * customer (none named, or the archive row gone) is a normal customer's. Lives with the feature: the archive (a
 * platform package) names no flow.
 */
@Component
class ArchiveCustomerClassification implements CustomerClassification {

  private final CustomerService customers;

  ArchiveCustomerClassification(CustomerService customers) {
    this.customers = customers;
  }

  @Override
  public Classification classify(ServiceCase serviceCase) {
    if (serviceCase.customerId() == null) {
      return Classification.NORMAL;
    }
    try {
      return customers.get(serviceCase.customerId()).classification();
    } catch (CustomerNotFoundException unknown) {
      return Classification.NORMAL;
    }
  }
}
