package com.aftersales.flows.repair.delegate;

import com.aftersales.cases.CaseVariables;
import com.aftersales.flows.repair.RepairInvoice;
import com.aftersales.flows.repair.RepairProcess.Typed;
import com.aftersales.flows.repair.RepairService;
import com.aftersales.flows.repair.StorePartsWarranty;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * When the invoice is due (Gateway_InvoiceNeeded): what it bills, from the quote and, where the repair's parts request
 * was decided line by line, from that request's charged lines, and where the product is registered, from the store's
 * parts each decided by its own term ({@link StorePartsWarranty}) ({@link RepairInvoice}); the gateway reads
 * invoiceNeeded, the invoice mail, the payment reminders and finance's tasks read the amounts, and the case keeps
 * them for the invoice note.
 */
@Component("repairInvoiceListener")
public class RepairInvoiceListener implements ExecutionListener {

  private final RepairService records;
  private final StorePartsWarranty storeParts;

  public RepairInvoiceListener(RepairService records, StorePartsWarranty storeParts) {
    this.records = records;
    this.storeParts = storeParts;
  }

  @Override
  public void notify(DelegateExecution execution) {
    boolean byLine = Boolean.TRUE.equals(Typed.PARTS_DECIDED_BY_LINE.get(execution));
    RepairInvoice invoice = RepairInvoice.of(Typed.COVERAGE.get(execution), Typed.LABOUR_COST.get(execution),
        Typed.PARTS_COST.get(execution), Typed.QUOTED_NEW_PARTS_COST.get(execution), byLine,
        Typed.PARTS_TOTAL_AMOUNT.get(execution), storeParts.chargedStoreParts(execution.getProcessBusinessKey(),
            (String) execution.getVariable(CaseVariables.PRODUCT_MODEL), Typed.DAMAGE_CAUSE.get(execution)).orElse(null));
    records.invoice(execution.getProcessBusinessKey(), invoice, byLine);
    Typed.INVOICE_LABOUR.set(execution, invoice.labour());
    Typed.INVOICE_PARTS.set(execution, invoice.parts());
    Typed.INVOICE_TOTAL.set(execution, invoice.total());
    Typed.INVOICE_NEEDED.set(execution, invoice.needed());
    Typed.INVOICE_PAYMENT_AMOUNT.set(execution, invoice.stillToGate(execution.getVariable("paymentTerms") != null,
        Boolean.TRUE.equals(execution.getVariable("paidInAdvance")), Typed.QUOTE_TOTAL.get(execution)));
  }
}
