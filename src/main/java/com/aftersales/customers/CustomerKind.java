package com.aftersales.customers;

/** A customer is a private person or an organisation (company, dealer, institution). */
public enum CustomerKind {
  PERSON,
  ORGANISATION
}
