package com.aftersales.stock.requisition;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.CaseVariables;
import com.aftersales.stock.Part;
import com.aftersales.stock.StepInput;
import com.aftersales.stock.StockService;
import com.aftersales.stock.Store;
import com.aftersales.stock.requisition.RequisitionProcess.Vars;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Opens the requisition (配件领用单): checks the case, part, store and quantity it asks for, numbers it after the case
 * and prices it at the ledger's cost price, the amount the approver rule (parts-requisition-approver) reads. What
 * is on the shelf is shown to the approver and the store keeper; it is not reserved.
 */
@Component("openRequisitionDelegate")
public class OpenRequisitionDelegate implements JavaDelegate {

  private static final Pattern CASE_NUMBER = Pattern.compile("AS-\\d{4}-\\d{6}");

  private final StockService stock;
  private final CaseService cases;
  private final IdentityService identityService;

  public OpenRequisitionDelegate(StockService stock, CaseService cases, @Lazy IdentityService identityService) {
    this.stock = stock;
    this.cases = cases;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = StepInput.text(execution, Vars.CASE_NUMBER);
    if (caseNumber == null) {
      caseNumber = execution.getProcessBusinessKey();
    }
    if (caseNumber == null || !CASE_NUMBER.matcher(caseNumber).matches()) {
      throw new IllegalArgumentException("caseNumber must be a case number such as AS-2026-000001");
    }
    String code = StepInput.required(execution, Vars.PART);
    Part part = stock.part(code).orElseThrow(() -> new IllegalArgumentException("part: no part " + code));
    String store = StepInput.text(execution, Vars.STORE);
    if (store == null) {
      store = Store.MAIN.code();
    } else if (Store.of(store).isEmpty()) {
      throw new IllegalArgumentException("store must be one of " + Store.codes());
    }
    int quantity = StepInput.quantity(execution, Vars.REQUESTED_QUANTITY, 0, 1, 1000);
    String requestedBy = StepInput.text(execution, Vars.REQUESTED_BY);
    if (requestedBy == null) {
      requestedBy = StepInput.actor(identityService, null);
    }
    if (requestedBy == null) {
      throw new IllegalArgumentException("requestedBy: who asks for the parts is required");
    }
    BigDecimal amount = part.costPrice().multiply(BigDecimal.valueOf(quantity));

    execution.setVariable(Vars.CASE_NUMBER, caseNumber);
    // the case's context for the forms (name and product only: no contact data in this flow)
    cases.find(caseNumber).ifPresent(c -> {
      execution.setVariable(CaseVariables.CUSTOMER_NAME, c.customerName());
      execution.setVariable(CaseVariables.PRODUCT_MODEL, c.productModel());
    });
    // the case number and the start of the instance id: unique, and short enough for the ledger (40 characters)
    String id = execution.getProcessInstanceId();
    execution.setVariable(Vars.REQUISITION_NUMBER, caseNumber + "-RQ-" + id.substring(0, Math.min(13, id.length())));
    execution.setVariable(Vars.STORE, store);
    execution.setVariable(Vars.REQUESTED_QUANTITY, quantity);
    execution.setVariable(Vars.REQUESTED_BY, requestedBy);
    execution.setVariable(Vars.PART_NAME, part.name() + " " + part.model()
        + (part.specification() == null ? "" : " " + part.specification()) + " (" + part.unit() + ")");
    // a double for the decision table (FEEL numbers); the exact amount is the ledger's cost price times quantity
    execution.setVariable(Vars.REQUISITION_AMOUNT, amount.doubleValue());
    execution.setVariable(Vars.ON_HAND, stock.onHand(store, code));
  }
}
