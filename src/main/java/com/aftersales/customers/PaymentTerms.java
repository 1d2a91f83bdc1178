package com.aftersales.customers;

import com.aftersales.variables.Variable;

/**
 * How chargeable work and parts are paid (002 二(三) 2.1–2.5): D pays before the goods (先款后货), C pays cash on
 * delivery (现款现货), A and B buy on account within their credit limit; an amount that would take an A or B
 * customer's open amount over the limit is {@code OVER_LIMIT}, reported to the marketing manager or the general
 * manager (2.5), who grant it on account or ask for payment first. Which grade gets which terms is the decision
 * table processes/payment-terms.dmn (analysts own it); its output is the {@link #code()} of one of these.
 */
public enum PaymentTerms implements Variable.Code {
  PAY_FIRST,
  CASH_ON_DELIVERY,
  ON_ACCOUNT,
  OVER_LIMIT
}
