package com.aftersales.flows.repair;

import com.aftersales.flows.repair.RepairProcess.Coverage;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a repair's invoice bills (rulebook 000 §1.5.2.3, one case, one bill; 000 第五篇 一1, parts with warranty periods
 * of their own). The quote comes first and is made before the parts request has its lines (the flow's order): labour
 * and the parts as quoted. When the repair's parts request was decided line by line (a registered product), its
 * lines replace the quote's figure for the new parts: a part under its own warranty is free in an otherwise
 * chargeable repair, a part whose own term has ended is charged in an otherwise free one, each charged line priced
 * once by the parts request (the product's price list, else the appendix table, else planning; 004 附表) and billed
 * only here, never by the parts flow. Likewise the parts the repair drew from the store, each decided by its own term
 * when the product is registered ({@link StorePartsWarranty}), replace the quote's stocked parts: the charged ones at
 * the ledger's cost plus the handling fee (003 九.1).
 *
 * @param labour the labour billed (the quote's in a chargeable repair, none under warranty)
 * @param parts the parts billed
 * @param total labour plus parts
 * @param needed whether finance invoices the repair at all
 */
public record RepairInvoice(BigDecimal labour, BigDecimal parts, BigDecimal total, boolean needed) {

  private static final BigDecimal NONE = BigDecimal.ZERO.setScale(2);

  /** The invoice when the parts the repair drew from the store follow the repair (no registered product). */
  public static RepairInvoice of(Coverage coverage, BigDecimal labourCost, BigDecimal quotedParts,
      BigDecimal quotedNewParts, boolean decidedByLine, BigDecimal partsRequestAmount) {
    return of(coverage, labourCost, quotedParts, quotedNewParts, decidedByLine, partsRequestAmount, null);
  }

  /**
   * @param coverage the repair's warranty decision (for the whole product)
   * @param labourCost the quote's labour (null without a quote)
   * @param quotedParts the quote's parts amount: new parts typed in plus stocked parts (null without a quote)
   * @param quotedNewParts the quote's figure for the new parts alone (null without a quote)
   * @param decidedByLine the repair's parts request was decided line by line
   * @param partsRequestAmount what the charged lines of that request cost (null without a request)
   * @param chargedStoreParts what the parts drawn from the store cost when each was decided by its own term
   *     ({@link StorePartsWarranty}: the charged ones at cost plus the handling fee); null when they follow the repair
   */
  public static RepairInvoice of(Coverage coverage, BigDecimal labourCost, BigDecimal quotedParts,
      BigDecimal quotedNewParts, boolean decidedByLine, BigDecimal partsRequestAmount, BigDecimal chargedStoreParts) {
    boolean chargeable = coverage == Coverage.CHARGEABLE;
    BigDecimal labour = chargeable ? money(labourCost) : NONE;
    BigDecimal parts = chargeable ? money(quotedParts) : NONE;
    boolean storeByPart = chargedStoreParts != null;
    if (decidedByLine || storeByPart) {
      // the quote's stocked parts give way to the store's parts as decided one by one, its new parts to the parts
      // request's lines as decided and priced there
      BigDecimal stocked = storeByPart ? money(chargedStoreParts)
          : chargeable ? money(quotedParts).subtract(money(quotedNewParts)).max(NONE) : NONE;
      BigDecimal newParts = decidedByLine ? money(partsRequestAmount) : chargeable ? money(quotedNewParts) : NONE;
      parts = stocked.add(newParts);
    }
    BigDecimal total = labour.add(parts);
    return new RepairInvoice(labour, parts, total, chargeable || total.signum() > 0);
  }

  /**
   * What the invoice still asks through the payment gate (002 二(三), a chargeable repair's payment path): the whole
   * invoice when the repair had no gate before its work (a warranty repair invoiced for a part past its own term),
   * the difference when the customer prepaid the quote and the invoice exceeds it; null when nothing is asked.
   *
   * @param gated the repair went through the payment gate after its quote
   * @param paidInAdvance the customer paid the quote before the work
   * @param quoteTotal the quote's total (null without a quote)
   */
  public BigDecimal stillToGate(boolean gated, boolean paidInAdvance, BigDecimal quoteTotal) {
    if (!needed) {
      return null;
    }
    if (!gated) {
      return total;
    }
    BigDecimal difference = total.subtract(money(quoteTotal));
    return paidInAdvance && difference.signum() > 0 ? difference : null;
  }

  private static BigDecimal money(BigDecimal amount) {
    return amount == null ? NONE : amount.setScale(2, RoundingMode.HALF_UP);
  }
}
