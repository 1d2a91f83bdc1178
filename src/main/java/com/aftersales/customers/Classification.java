package com.aftersales.customers;

/**
 * How important the customer is to the company: key customers (重点客户) must all get their follow-up call
 * (002 二(五) 3.4.2), VIP customers are handled by managers.
 */
public enum Classification {
  NORMAL("普通"),
  KEY("重点"),
  VIP("VIP");

  private final String label;

  Classification(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
