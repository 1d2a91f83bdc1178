package com.aftersales.flows.repair;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.DamageCause;
import com.aftersales.cases.ServiceRecord;
import com.aftersales.flows.parts.PartsProcess;
import com.aftersales.flows.parts.PartsWarranty;
import com.aftersales.stock.PartsCharges;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * Warranty per part for the parts a repair drew from the spare-parts store (rulebook 000 第五篇 一1 with 003 九.1).
 * For a case whose product is registered with a known warranty start, every part the case used from the store (the
 * ledger's issues net of returns, {@link com.aftersales.stock.StockService#usedByCase}) is decided once through
 * warranty-coverage.dmn when the invoice is made (one decision per part in the repair's decision history, at
 * Gateway_InvoiceNeeded; inputs as the parts request's lines: the part's own term when its model registers one, else
 * the product's, and the repair's damage cause); each decision is noted on the case. A part under its own warranty is free in an otherwise chargeable repair,
 * a part whose own term has ended is charged in an otherwise free one, at the ledger's cost plus the handling fee
 * ({@link PartsCharges}). A case without a registered product follows the repair's decision, as before.
 */
@Service
public class StorePartsWarranty {

  static final String DECISION = "warranty-coverage";
  private static final String CHARGEABLE = "chargeable";

  private final PartsWarranty partsWarranty;
  private final PartsCharges charges;
  private final CaseService cases;
  private final DecisionService decisions;

  public StorePartsWarranty(PartsWarranty partsWarranty, PartsCharges charges, CaseService cases,
      @Lazy DecisionService decisions) {
    this.partsWarranty = partsWarranty;
    this.charges = charges;
    this.cases = cases;
    this.decisions = decisions;
  }

  /**
   * Decides each part the case drew from the store and answers what the charged ones cost at cost plus the handling
   * fee; empty when the case's parts are not decided one by one (no registered product).
   */
  public Optional<BigDecimal> chargedStoreParts(String caseNumber, String productModel, DamageCause cause) {
    if (!partsWarranty.decidedByPart(caseNumber)) {
      return Optional.empty();
    }
    List<PartsCharges.Line> lines = charges.of(caseNumber, true).lines();
    BigDecimal total = BigDecimal.ZERO.setScale(2);
    for (int i = 0; i < lines.size(); i++) {
      PartsCharges.Line line = lines.get(i);
      PartsWarranty.LineTerm term = partsWarranty.partTerm(caseNumber, productModel, i + 1, line.part());
      DmnDecisionResultEntries result = decisions.evaluateDecisionByKey(DECISION).variables(Variables.createVariables()
          .putValue("purchaseProof", term.purchaseProof())
          .putValue("monthsSincePurchase", term.monthsSincePurchase())
          .putValue("warrantyMonths", term.warrantyMonths())
          .putValue("damageCause", (cause == null ? DamageCause.UNKNOWN : cause).code())).evaluate().getSingleResult();
      String coverage = result.getEntry("coverage");
      String reason = result.getEntry("coverageReason");
      boolean charged = CHARGEABLE.equals(coverage);
      if (charged) {
        total = total.add(line.amount());
      }
      note(caseNumber, "库存配件 " + line.part() + " x" + line.quantity() + "：" + (charged
          ? "收费 " + line.amount().toPlainString() + " 元（成本 " + line.cost().toPlainString() + " 元加管理费 "
              + line.handlingFee().toPlainString() + " 元）" : "保修免费") + "；"
          + (PartsWarranty.PART_TERM.equals(term.termSource()) ? "按该配件自己的保修期" : "按产品的保修期") + " "
          + term.startsOn() + " 至 " + term.endsOn() + (reason == null ? "" : "（" + reason + "）"));
    }
    return Optional.of(total);
  }

  private void note(String caseNumber, String note) {
    boolean noted = cases.records(caseNumber).stream()
        .anyMatch(r -> PartsProcess.Actions.LINE_WARRANTY.equals(r.action()) && note.equals(r.note()));
    if (!noted) {
      cases.addRecord(caseNumber, ServiceRecord.of(PartsProcess.Actions.LINE_WARRANTY, note));
    }
  }
}
