package com.aftersales.stock.requisition;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.CaseVariables;
import com.aftersales.stock.Part;
import com.aftersales.stock.StepInput;
import com.aftersales.stock.StockService;
import com.aftersales.stock.Store;
import com.aftersales.stock.requisition.RequisitionLines.Line;
import com.aftersales.stock.requisition.RequisitionLines.Request;
import com.aftersales.stock.requisition.RequisitionProcess.Vars;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Opens the requisition (配件领用单): checks the case, store and every line it asks for (a known part, a whole
 * quantity, no part twice), numbers it after the case and prices it at the ledger's cost price, the amount of all
 * lines the approver rule (parts-requisition-approver) reads. What is on the shelf is shown per line to the approver
 * and the store keeper; it is not reserved. A caller that names one {@code part} and {@code requestedQuantity}
 * instead of lines asks for one line.
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
    String store = StepInput.text(execution, Vars.STORE);
    if (store == null) {
      store = Store.MAIN.code();
    } else if (Store.of(store).isEmpty()) {
      throw new IllegalArgumentException("store must be one of " + Store.codes());
    }
    List<Request> requested;
    if (execution.getVariable(Vars.REQUESTED_LINES) == null && StepInput.text(execution, Vars.PART) != null) {
      requested = List.of(new Request(StepInput.text(execution, Vars.PART),
          StepInput.quantity(execution, Vars.REQUESTED_QUANTITY, 0, 1, RequisitionLines.MAX_QUANTITY)));
    } else {
      requested = RequisitionLines.readRequested(execution.getVariable(Vars.REQUESTED_LINES));
    }
    String requestedBy = StepInput.text(execution, Vars.REQUESTED_BY);
    if (requestedBy == null) {
      requestedBy = StepInput.actor(identityService, null);
    }
    if (requestedBy == null) {
      throw new IllegalArgumentException("requestedBy: who asks for the parts is required");
    }
    List<Line> lines = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    BigDecimal amount = BigDecimal.ZERO;
    int total = 0;
    for (Request r : requested) {
      int no = lines.size() + 1;
      Part part = stock.part(r.part()).orElseThrow(() -> new IllegalArgumentException(
          Vars.REQUESTED_LINES + "[" + no + "].part: no part " + r.part()));
      if (!seen.add(part.code())) {
        throw new IllegalArgumentException(Vars.REQUESTED_LINES + "[" + no + "].part: " + part.code()
            + " is asked for twice; give one line per part");
      }
      if (r.quantity() < 1 || r.quantity() > RequisitionLines.MAX_QUANTITY) {
        throw new IllegalArgumentException(Vars.REQUESTED_LINES + "[" + no + "].quantity must be between 1 and "
            + RequisitionLines.MAX_QUANTITY);
      }
      lines.add(new Line(no, part.code(), label(part), r.quantity(), stock.onHand(store, part.code()), null, null,
          null, null, part.costPrice()));
      amount = amount.add(part.costPrice().multiply(BigDecimal.valueOf(r.quantity())));
      total += r.quantity();
    }

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
    execution.setVariable(Vars.REQUESTED_LINES, RequisitionLines.requested(requested));
    execution.setVariable(Vars.REQUISITION_LINES, RequisitionLines.toVariable(lines));
    execution.setVariable(Vars.LINE_COUNT, lines.size());
    execution.setVariable(Vars.PARTS_SUMMARY, RequisitionLines.summary(lines, Line::quantity));
    execution.setVariable(Vars.REQUESTED_QUANTITY, total);
    execution.setVariable(Vars.REQUESTED_BY, requestedBy);
    // a double for the decision table (FEEL numbers); the exact amount is the ledger's cost price times quantity
    execution.setVariable(Vars.REQUISITION_AMOUNT, amount.doubleValue());
  }

  static String label(Part part) {
    return part.name() + " " + part.model() + (part.specification() == null ? "" : " " + part.specification())
        + " (" + part.unit() + ")";
  }
}
