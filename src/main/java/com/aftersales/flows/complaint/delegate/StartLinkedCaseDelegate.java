package com.aftersales.flows.complaint.delegate;

import com.aftersales.cases.LinkedCaseStarter;
import com.aftersales.cases.StartVariables;
import com.aftersales.flows.complaint.ComplaintProcess.Typed;
import com.aftersales.flows.complaint.ComplaintProperties;
import com.aftersales.flows.complaint.ComplaintService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The solution is a repair or an exchange: that flow starts as a new case for the complaint's customer and
 * product, linked to the complaint (case_link, shown by the case API). Idempotent per complaint and type.
 */
@Component("startLinkedCaseDelegate")
public class StartLinkedCaseDelegate implements JavaDelegate {

  private final LinkedCaseStarter starter;
  private final ComplaintService complaints;
  private final ComplaintProperties properties;

  public StartLinkedCaseDelegate(
      LinkedCaseStarter starter, ComplaintService complaints, ComplaintProperties properties) {
    this.starter = starter;
    this.complaints = complaints;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = StartVariables.CASE_NUMBER.required(execution);
    String type = Typed.LINKED_CASE_TYPE.required(execution);
    String linked = starter.start(caseNumber, type, properties.processKeyFor(type));
    complaints.linkedCase(caseNumber, type, linked, ClockUtil.getCurrentTime().toInstant());
    Typed.LINKED_CASE_NUMBER.set(execution, linked);
  }
}
