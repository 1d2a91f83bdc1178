package com.aftersales.customers.destruction;

/** Why an archive is proposed for destruction. */
public enum DestructionOccasion {
  /** The nightly scan found it outdated: no business for {@code aftersales.retention.personal-data-after}. */
  OUTDATED("档案已过时"),
  /** The customer asked for their data to be erased. */
  ERASURE_REQUEST("客户申请删除");

  private final String label;

  DestructionOccasion(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
