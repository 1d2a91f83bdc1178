package com.aftersales.customers.destruction;

/** How a customer's erasure request reached customer service. */
public enum ErasureChannel {
  PHONE, LETTER, EMAIL, VISIT, ONLINE
}
