package com.aftersales.stock;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of ledger line (出入库): what comes in, what goes out to a case, what comes back, and the old part an
 * engineer hands in after the repair (核销, 003 五.3), which is recorded but adds nothing to the usable stock.
 */
public enum MovementType {
  /** Bought parts booked in after the quality inspection (003 五.1). */
  RECEIPT(1, "入库"),
  /** Issued to an engineer for a case (配件出库). */
  ISSUE(-1, "领用出库"),
  /** A part issued for a case and not used, back on the shelf. */
  RETURN_UNUSED(1, "退回剩余配件"),
  /** The replaced part handed in and kept (recovered, e.g. for repair or return to the supplier). */
  OLD_PART_RECOVERED(0, "旧件回收"),
  /** The replaced part handed in and scrapped. */
  OLD_PART_SCRAPPED(0, "旧件报废"),
  /** Moved out of one store ... */
  TRANSFER_OUT(-1, "调拨出库"),
  /** ... into the other. */
  TRANSFER_IN(1, "调拨入库"),
  /** A counted difference of a stocktaking a manager approved (盘点调整); in or out by its sign. */
  CORRECTION(0, "盘点调整");

  private final int sign;
  private final String label;

  MovementType(int sign, String label) {
    this.sign = sign;
    this.label = label;
  }

  /** +1 in, -1 out, 0 for lines that do not change the quantity (old parts) or carry their own sign (corrections). */
  public int sign() {
    return sign;
  }

  public String label() {
    return label;
  }

  public static Optional<MovementType> of(String name) {
    return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
  }

  public static List<String> names() {
    return Arrays.stream(values()).map(Enum::name).toList();
  }
}
