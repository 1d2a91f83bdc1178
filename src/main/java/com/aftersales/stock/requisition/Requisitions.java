package com.aftersales.stock.requisition;

import com.aftersales.cases.CaseService;
import com.aftersales.stock.StockService;
import com.aftersales.stock.Store;
import com.aftersales.stock.requisition.RequisitionProcess.Vars;
import com.aftersales.web.FieldError;
import com.aftersales.web.InvalidRequestException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts requisitions: checks what is asked before anything starts, so a bad request leaves no half-open
 * requisition behind, then starts parts-requisition under the case number with its lines.
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

  /** One line asked for: a part and its quantity (null when not a whole number). */
  public record Item(String part, Integer quantity) {}

  /** What an engineer asks for: up to {@link RequisitionLines#MAX_LINES} lines from one store. */
  public record Request(String caseNumber, List<Item> lines, String store, String reason) {

    /** A requisition of one part. */
    public Request(String caseNumber, String part, String store, Integer quantity, String reason) {
      this(caseNumber, List.of(new Item(part, quantity)), store, reason);
    }
  }

  /** The started requisition. */
  public record Started(String processInstanceId, String requisitionNumber) {}

  @Transactional
  public Started start(Request r, String requestedBy) {
    return start(r, requestedBy, null);
  }

  /**
   * Starts a requisition for a process that waits for {@link RequisitionProcess#ISSUED_MESSAGE} (a repair); joins
   * the caller's transaction.
   */
  @Transactional
  public Started start(Request r, String requestedBy, String requestingInstanceId) {
    List<FieldError> errors = new ArrayList<>();
    if (r.caseNumber() == null || cases.find(r.caseNumber()).isEmpty()) {
      errors.add(new FieldError("caseNumber", "must be an open service case"));
    }
    if (r.lines() == null || r.lines().isEmpty()) {
      errors.add(new FieldError("lines", "at least one line (part, quantity) is required"));
    } else if (r.lines().size() > RequisitionLines.MAX_LINES) {
      errors.add(new FieldError("lines", "at most " + RequisitionLines.MAX_LINES + " lines per requisition"));
    } else {
      Set<String> seen = new HashSet<>();
      boolean single = r.lines().size() == 1;
      for (int i = 0; i < r.lines().size(); i++) {
        Item item = r.lines().get(i);
        String at = single ? "" : "lines[" + i + "].";
        if (item == null || item.part() == null || stock.part(item.part()).isEmpty()) {
          errors.add(new FieldError(at + "part", item == null || item.part() == null ? "is required"
              : "no part " + item.part()));
        } else if (!seen.add(item.part())) {
          errors.add(new FieldError(at + "part", item.part() + " is named twice; one line per part"));
        }
        if (item == null || item.quantity() == null || item.quantity() < 1
            || item.quantity() > RequisitionLines.MAX_QUANTITY) {
          errors.add(new FieldError(at + "quantity", "must be a whole number between 1 and "
              + RequisitionLines.MAX_QUANTITY));
        }
      }
    }
    if (r.store() != null && Store.of(r.store()).isEmpty()) {
      errors.add(new FieldError("store", "must be one of " + Store.codes()));
    }
    if (r.reason() == null || r.reason().isBlank() || r.reason().length() > 500) {
      errors.add(new FieldError("reason", "is required, at most 500 characters"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(Vars.CASE_NUMBER, r.caseNumber());
    variables.put(Vars.REQUESTED_LINES, RequisitionLines.requested(
        r.lines().stream().map(i -> new RequisitionLines.Request(i.part(), i.quantity())).toList()));
    variables.put(Vars.STORE, r.store() == null ? Store.MAIN.code() : r.store());
    variables.put(Vars.REQUESTED_BY, requestedBy);
    variables.put(Vars.REQUISITION_REASON, r.reason().trim());
    if (requestingInstanceId != null) {
      variables.put(Vars.REQUESTING_INSTANCE, requestingInstanceId);
    }
    ProcessInstance instance =
        runtimeService.startProcessInstanceByKey(RequisitionProcess.KEY, r.caseNumber(), variables);
    return new Started(instance.getId(),
        (String) runtimeService.getVariable(instance.getId(), Vars.REQUISITION_NUMBER));
  }
}
