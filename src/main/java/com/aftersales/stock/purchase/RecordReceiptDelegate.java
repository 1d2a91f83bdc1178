package com.aftersales.stock.purchase;

import com.aftersales.stock.Booking;
import com.aftersales.stock.MovementType;
import com.aftersales.stock.StepInput;
import com.aftersales.stock.StockService;
import com.aftersales.stock.purchase.PurchaseProcess.Vars;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Books a delivery in after its quality inspection (003 五.1 对采购的配件进行严格的质量检验): a passed inspection
 * is a receipt line with the inspection number as reference and closes the purchase request; a failed one books
 * nothing (the parts go back to the supplier) and the request waits for the next delivery.
 */
@Component("recordReceiptDelegate")
public class RecordReceiptDelegate implements JavaDelegate {

  static final String PASSED = "passed";
  static final String FAILED = "failed";

  private final StockService stock;
  private final ReorderTrigger reorder;
  private final IdentityService identityService;

  public RecordReceiptDelegate(StockService stock, ReorderTrigger reorder, @Lazy IdentityService identityService) {
    this.stock = stock;
    this.reorder = reorder;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String result = StepInput.required(execution, Vars.INSPECTION_RESULT);
    String inspection = StepInput.required(execution, Vars.INSPECTION_NUMBER);
    int received = StepInput.quantity(execution, Vars.RECEIVED_QUANTITY, 0, 1, 100_000);
    String store = StepInput.required(execution, Vars.STORE);
    String part = StepInput.required(execution, Vars.PART);
    if (FAILED.equals(result)) {
      StepInput.required(execution, Vars.INSPECTION_NOTE);
      return;
    }
    if (!PASSED.equals(result)) {
      throw new IllegalArgumentException(Vars.INSPECTION_RESULT + " must be passed or failed, not " + result);
    }
    String supplier = StepInput.text(execution, Vars.SUPPLIER);
    StepInput.ledger(() -> stock.book(new Booking(MovementType.RECEIPT, store, part, received, 0, null, null,
        inspection, StepInput.actor(identityService, "system"),
        "采购入库 质检合格" + (supplier == null ? "" : " 供应商 " + supplier),
        StepInput.key(execution, "receipt:" + inspection))));
    reorder.close(store, part);
  }
}
