package com.aftersales.stock.requisition;

import com.aftersales.cases.CaseService;
import com.aftersales.stock.StepInput;
import com.aftersales.stock.StockService;
import com.aftersales.stock.Store;
import com.aftersales.stock.requisition.RequisitionProcess.Vars;
import com.aftersales.web.FieldError;
import com.aftersales.web.InvalidRequestException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts requisitions: checks what is asked before anything starts, so a bad request leaves no half-open
 * requisition behind, then starts parts-requisition under the case number.
 */
@Service
public class Requisitions {

  private final RuntimeService runtimeService;
  private final StockService stock;
  private final CaseService cases;

  public Requisitions(@Lazy RuntimeService runtimeService, StockService stock, CaseService cases) {
    this.runtimeService = runtimeService;
    this.stock = stock;
    this.cases = cases;
  }

  /** What an engineer asks for. */
  public record Request(String caseNumber, String part, String store, Integer quantity, String reason) {}

  /** The started requisition. */
  public record Started(String processInstanceId, String requisitionNumber) {}

  @Transactional
  public Started start(Request r, String requestedBy) {
    List<FieldError> errors = new ArrayList<>();
    if (r.caseNumber() == null || cases.find(r.caseNumber()).isEmpty()) {
      errors.add(new FieldError("caseNumber", "must be an open service case"));
    }
    if (r.part() == null || stock.part(r.part()).isEmpty()) {
      errors.add(new FieldError("part", r.part() == null ? "is required" : "no part " + r.part()));
    }
    if (r.store() != null && Store.of(r.store()).isEmpty()) {
      errors.add(new FieldError("store", "must be one of " + Store.codes()));
    }
    if (r.quantity() == null || r.quantity() < 1 || r.quantity() > 1000) {
      errors.add(new FieldError("quantity", "must be a whole number between 1 and 1000"));
    }
    if (r.reason() == null || r.reason().isBlank() || r.reason().length() > 500) {
      errors.add(new FieldError("reason", "is required, at most 500 characters"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(Vars.CASE_NUMBER, r.caseNumber());
    variables.put(Vars.PART, r.part());
    variables.put(Vars.STORE, r.store() == null ? Store.MAIN.code() : r.store());
    variables.put(Vars.REQUESTED_QUANTITY, r.quantity());
    variables.put(Vars.REQUESTED_BY, requestedBy);
    variables.put(Vars.REQUISITION_REASON, r.reason().trim());
    ProcessInstance instance =
        runtimeService.startProcessInstanceByKey(RequisitionProcess.KEY, r.caseNumber(), variables);
    return new Started(instance.getId(),
        (String) runtimeService.getVariable(instance.getId(), Vars.REQUISITION_NUMBER));
  }
}
