package com.aftersales.flows.complaint;

import com.aftersales.cases.CaseNotFoundException;
import com.aftersales.cases.CaseService;
import com.aftersales.cases.CaseVariables;
import com.aftersales.cases.NewCase;
import com.aftersales.cases.ServiceCase;
import com.aftersales.cases.ServiceRecord;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * {@link SolutionCaseStarter} on the case records: the new case carries the complaint's customer and product,
 * and its external reference {@code complaint:<case>:<type>} (unique in service_case) makes a second request
 * find the first case instead of opening another one.
 */
@Component
public class CaseOpeningSolutionStarter implements SolutionCaseStarter {

  public static final String ORIGIN_CASE_NUMBER = "originCaseNumber";
  static final String OPENED_FROM_COMPLAINT = "OPENED_FROM_COMPLAINT";
  /** The first commitment of a case opened by the company itself: the customer hears from us within a day. */
  private static final Duration FIRST_RESPONSE = Duration.ofHours(24);

  private final CaseService cases;
  private final RuntimeService runtimeService;

  public CaseOpeningSolutionStarter(CaseService cases, RuntimeService runtimeService) {
    this.cases = cases;
    this.runtimeService = runtimeService;
  }

  @Override
  public String start(String originCaseNumber, String type, String processKey) {
    String reference = "complaint:" + originCaseNumber + ":" + type;
    var existing = cases.findByExternalReference(reference);
    if (existing.isPresent()) {
      return existing.get().caseNumber();
    }
    ServiceCase origin = cases.find(originCaseNumber).orElseThrow(() -> new CaseNotFoundException(originCaseNumber));
    String description = truncate("From complaint " + originCaseNumber + ": " + origin.description(), 4000);
    ServiceCase linked =
        cases.open(
            new NewCase(
                type,
                origin.channel(),
                origin.customerName(),
                origin.customerPhone(),
                origin.customerEmail(),
                origin.customerAddress(),
                origin.productModel(),
                origin.serialNumber(),
                origin.purchaseDate(),
                origin.purchaseProof(),
                description,
                reference));
    Map<String, Object> variables = new HashMap<>();
    variables.put(CaseVariables.CASE_NUMBER, linked.caseNumber());
    variables.put(CaseVariables.CASE_TYPE, type);
    variables.put(CaseVariables.CHANNEL, linked.channel());
    variables.put(CaseVariables.CUSTOMER_NAME, linked.customerName());
    variables.put(CaseVariables.CUSTOMER_PHONE, linked.customerPhone());
    variables.put(CaseVariables.CUSTOMER_EMAIL, linked.customerEmail());
    variables.put(CaseVariables.CUSTOMER_ADDRESS, linked.customerAddress());
    variables.put(CaseVariables.PRODUCT_MODEL, linked.productModel());
    variables.put(CaseVariables.SERIAL_NUMBER, linked.serialNumber());
    variables.put(
        CaseVariables.PURCHASE_DATE, linked.purchaseDate() == null ? null : linked.purchaseDate().toString());
    variables.put(CaseVariables.PURCHASE_PROOF, linked.purchaseProof());
    variables.put(CaseVariables.DESCRIPTION, linked.description());
    variables.put(CaseVariables.EXTERNAL_REFERENCE, reference);
    variables.put(CaseVariables.RESPONSE_DUE_AT, Date.from(ClockUtil.getCurrentTime().toInstant().plus(FIRST_RESPONSE)));
    variables.put(ORIGIN_CASE_NUMBER, originCaseNumber);
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(processKey, linked.caseNumber(), variables);
    cases.attachProcessInstance(linked.caseNumber(), instance.getId());
    cases.addRecord(
        linked.caseNumber(),
        ServiceRecord.of(OPENED_FROM_COMPLAINT, "Opened as the " + type + " agreed in complaint " + originCaseNumber));
    return linked.caseNumber();
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
