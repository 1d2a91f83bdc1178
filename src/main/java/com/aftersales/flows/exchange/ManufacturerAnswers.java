package com.aftersales.flows.exchange;

import static com.aftersales.flows.exchange.ExchangeProcess.Vars;

import com.aftersales.cases.CaseNotFoundException;
import com.aftersales.cases.CaseService;
import com.aftersales.cases.ServiceCase;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Enters the manufacturer's answer into a waiting exchange case: correlates the {@code ManufacturerAnswer} message
 * as the application (no engine authentication, so the sales office needs no permission on the exchange
 * instances themselves), with exactly the answer's variables and the user who entered it. The case's record then
 * says who entered it (ExchangeManufacturerAnswerDelegate). One answer per case: a case that is not waiting for
 * it, or got it a moment ago, is a conflict.
 */
@Component
public class ManufacturerAnswers {

  private final CaseService cases;
  private final RuntimeService runtimeService;

  public ManufacturerAnswers(CaseService cases, RuntimeService runtimeService) {
    this.cases = cases;
    this.runtimeService = runtimeService;
  }

  /** @return the case after the answer (its new status) */
  public ServiceCase enter(String caseNumber, ManufacturerAnswer answer, String enteredBy) {
    ServiceCase serviceCase = cases.find(caseNumber).orElseThrow(() -> new CaseNotFoundException(caseNumber));
    if (!ExchangeProcess.CASE_TYPE.equals(serviceCase.type())) {
      throw problem(HttpStatus.NOT_FOUND, "Not an exchange case",
          caseNumber + " is a " + serviceCase.type() + " case; only exchange cases wait for a manufacturer's answer.");
    }
    Execution waiting = runtimeService.createExecutionQuery()
        .processDefinitionKey(ExchangeProcess.PROCESS_KEY)
        .processInstanceBusinessKey(caseNumber)
        .messageEventSubscriptionName(ExchangeProcess.MESSAGE_MANUFACTURER_ANSWER)
        .list().stream().findFirst().orElseThrow(() -> notWaiting(caseNumber, serviceCase.status()));
    Map<String, Object> variables = new HashMap<>();
    variables.put(Vars.MANUFACTURER_DECISION, answer.decision().code());
    variables.put(Vars.MANUFACTURER_NOTE, answer.note());
    variables.put(Vars.PICKUP_DATE, answer.pickupDate() == null ? null : answer.pickupDate().toString());
    variables.put(Vars.MANUFACTURER_ANSWER_ENTERED_BY, enteredBy);
    try {
      runtimeService.createMessageCorrelation(ExchangeProcess.MESSAGE_MANUFACTURER_ANSWER)
          .processInstanceId(waiting.getProcessInstanceId())
          .setVariables(variables)
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException | OptimisticLockingException answeredMeanwhile) {
      // the sales office's task, or a second request, got there first; nothing of this one was written
      throw notWaiting(caseNumber, cases.find(caseNumber).map(ServiceCase::status).orElse(null));
    }
    return cases.find(caseNumber).orElseThrow(() -> new CaseNotFoundException(caseNumber));
  }

  private static ErrorResponseException notWaiting(String caseNumber, String status) {
    return problem(HttpStatus.CONFLICT, "Not waiting for the manufacturer's answer",
        caseNumber + " is not waiting for the manufacturer's answer (status " + status
            + "); it was answered already or has not been sent to the manufacturer yet. Nothing was changed.");
  }

  private static ErrorResponseException problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return new ErrorResponseException(status, problem, null);
  }
}
