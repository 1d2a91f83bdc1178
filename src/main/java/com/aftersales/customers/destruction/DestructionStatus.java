package com.aftersales.customers.destruction;

/** Where a destruction proposal stands. */
public enum DestructionStatus {
  /** Awaiting the approvals (or the destruction job). */
  PENDING,
  /** Approved three times; the archive's personal data is destroyed. */
  DESTROYED,
  /** Rejected at one of the three steps: the archive is kept. */
  REJECTED,
  /** The legal minimum retention has not passed, or the archive is in use: nothing may be destroyed, it is kept. */
  REFUSED
}
