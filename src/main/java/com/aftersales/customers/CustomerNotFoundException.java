package com.aftersales.customers;

/** No (unmerged) customer with this id: answered 404. */
public class CustomerNotFoundException extends RuntimeException {

  private final long customerId;

  public CustomerNotFoundException(long customerId) {
    super("There is no customer " + customerId);
    this.customerId = customerId;
  }

  public long customerId() {
    return customerId;
  }
}
