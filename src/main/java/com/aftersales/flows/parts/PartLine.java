package com.aftersales.flows.parts;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line of a parts request (补件制做申请单): what is needed, for which product and why. The price fields
 * are filled by pricing (parts-price.dmn or the planning manager) and are null before.
 *
 * @param size bed size in metres ("1.8"), null for parts without a size
 * @param priceSource {@code price-list}, {@code price-table}, {@code planning}, {@code warranty} or {@code repair-quote} (billed with
 *     the repair's quote and invoice, rulebook 000 §1.5.2.3: no price of its own)
 */
public record PartLine(
    int lineNo,
    String partName,
    String part,
    String partCategory,
    String size,
    String colour,
    int quantity,
    String batchNumber,
    String inspectionNumber,
    String reason,
    Integer orderNo,
    String unit,
    BigDecimal unitPrice,
    String priceSource,
    BigDecimal amount) {

  /** The company's price list for the product model (004 附表: it comes first). */
  public static final String PRICE_LIST = "price-list";
  /** The appendix table (parts-price.dmn), for a part the price list does not price. */
  public static final String PRICE_TABLE = "price-table";
  public static final String PLANNING = "planning";
  public static final String WARRANTY = "warranty";
  /** Billed with the repair's quote and invoice (000 §1.5.2.3): the request charges nothing of its own. */
  public static final String REPAIR_QUOTE = "repair-quote";

  public boolean isHardware() {
    return PartsProcess.HARDWARE.equals(partCategory);
  }

  public PartLine priced(String unit, BigDecimal unitPrice, String priceSource) {
    BigDecimal total = unitPrice == null ? null : unitPrice.multiply(BigDecimal.valueOf(quantity)).setScale(2);
    return new PartLine(lineNo, partName, part, partCategory, size, colour, quantity, batchNumber,
        inspectionNumber, reason, orderNo, unit, unitPrice == null ? null : unitPrice.setScale(2), priceSource, total);
  }

  /** Nothing to pay on this request (warranty, or billed with the repair's invoice): an amount of zero, no price. */
  public PartLine withZeroAmount() {
    return new PartLine(lineNo, partName, part, partCategory, size, colour, quantity, batchNumber,
        inspectionNumber, reason, orderNo, unit, unitPrice, priceSource, BigDecimal.ZERO.setScale(2));
  }

  public PartLine inOrder(int order) {
    return new PartLine(lineNo, partName, part, partCategory, size, colour, quantity, batchNumber,
        inspectionNumber, reason, order, unit, unitPrice, priceSource, amount);
  }

  /** The line as the forms show it (the JSON object of the {@code partsLines} variable). */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("lineNo", lineNo);
    m.put("partName", partName);
    m.put("part", part);
    m.put("partCategory", partCategory);
    m.put("size", size);
    m.put("colour", colour);
    m.put("quantity", quantity);
    m.put("batchNumber", batchNumber);
    m.put("inspectionNumber", inspectionNumber);
    m.put("reason", reason);
    if (unit != null) {
      m.put("unit", unit);
    }
    if (unitPrice != null) {
      // a number, so the review form's number field shows it
      m.put("unitPrice", unitPrice.stripTrailingZeros().scale() <= 0 ? unitPrice.longValue() : unitPrice.doubleValue());
    }
    if (priceSource != null) {
      m.put("priceSource", priceSource);
    }
    if (amount != null) {
      m.put("amount", amount.toPlainString());
    }
    return m;
  }

  /** One line of the plain-text parts summary in mails and forms. */
  public String describe() {
    StringBuilder s = new StringBuilder();
    s.append(lineNo).append(". ").append(partName);
    if (size != null) {
      s.append(" ").append(size).append(" m");
    }
    s.append(", ").append(colour).append(" x").append(quantity);
    s.append(" (batch ").append(batchNumber).append(", inspection ").append(inspectionNumber).append(")");
    if (unitPrice != null) {
      s.append(": ").append(unitPrice.toPlainString()).append(" yuan/").append(unit == null ? "each" : unit)
          .append(" = ").append(amount.toPlainString()).append(" yuan");
    } else if (WARRANTY.equals(priceSource)) {
      s.append(": free (warranty)");
    } else if (REPAIR_QUOTE.equals(priceSource)) {
      s.append(": billed with the repair's quote and invoice");
    } else {
      s.append(": price to be set by planning");
    }
    return s.toString();
  }
}
