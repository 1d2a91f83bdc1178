package com.aftersales.cases;

import com.aftersales.calendar.WorkingDayCalendar;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a follow-on case from an existing one (an exchange from a repair assessment, a repair from a
 * refused exchange): same customer and product, linked to the origin, with its own process instance
 * started under the new case number. Runs in the caller's transaction, so a failing delegate leaves
 * neither case nor link nor process behind.
 */
@Service
@Transactional
public class LinkedCaseStarter {

  /** Process variable of the new case's process: the case it was opened from. */
  public static final String ORIGIN_CASE_NUMBER = "originCaseNumber";

  /** The first answer the customer is promised on the new case, as intake promises it. */
  static final String RESPONSE_COMMITMENT = "24 hours";

  private final CaseService cases;
  private final CaseLinks links;
  private final RuntimeService runtimeService;
  private final WorkingDayCalendar calendar;

  public LinkedCaseStarter(
      CaseService cases, CaseLinks links, RuntimeService runtimeService, WorkingDayCalendar calendar) {
    this.cases = cases;
    this.links = links;
    this.runtimeService = runtimeService;
    this.calendar = calendar;
  }

  public String start(String originCaseNumber, String type, String processKey) {
    return start(originCaseNumber, type, processKey, Map.of());
  }

  /**
   * Opens a case of {@code type} for the customer and product of {@code originCaseNumber}, links it
   * ({@code <type>-of}), starts {@code processKey} with business key = the new case number, the
   * {@link CaseVariables} of the new case, {@link #ORIGIN_CASE_NUMBER} and {@code extraVariables}.
   *
   * <p>Idempotent per (origin case, type): when a case of that type was already opened from the origin,
   * its number is returned and nothing new is started (jobs run at least once).
   *
   * @return the new (or earlier) case number
   * @throws CaseNotFoundException when the origin case does not exist
   */
  public String start(
      String originCaseNumber, String type, String processKey, Map<String, Object> extraVariables) {
    String relation = type + "-of";
    Optional<String> earlier = links.findLinkedFrom(originCaseNumber, relation);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    ServiceCase origin =
        cases.find(originCaseNumber).orElseThrow(() -> new CaseNotFoundException(originCaseNumber));
    ServiceCase opened =
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
                origin.description(),
                null,
                origin.language(),
                origin.customerId(),
                null));
    if (origin.productId() != null) {
      cases.attachProduct(opened.caseNumber(), origin.productId());
    }
    links.link(opened.caseNumber(), originCaseNumber, relation);

    Map<String, Object> variables = new HashMap<>(extraVariables);
    variables.putAll(
        CaseVariables.of(opened, calendar.plus(ClockUtil.getCurrentTime(), RESPONSE_COMMITMENT)));
    variables.put(ORIGIN_CASE_NUMBER, originCaseNumber);
    ProcessInstance instance =
        runtimeService.startProcessInstanceByKey(processKey, opened.caseNumber(), variables);
    cases.attachProcessInstance(opened.caseNumber(), instance.getId());
    return opened.caseNumber();
  }
}
