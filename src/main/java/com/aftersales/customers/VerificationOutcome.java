package com.aftersales.customers;

/** What the quarterly re-verification of an archive found (002 二(一) 6.5). */
public enum VerificationOutcome {
  /** 核实无误: the archive is right as it is. */
  VERIFIED,
  /** 已变更: something changed (what, in the note); the archive is to be corrected. */
  CHANGED,
  /** 客户已不存在: the customer is gone (closed, moved away, no longer a customer). */
  GONE
}
