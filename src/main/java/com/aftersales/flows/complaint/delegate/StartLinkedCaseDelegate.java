package com.aftersales.flows.complaint.delegate;

import com.aftersales.cases.CaseVariables;
import com.aftersales.flows.complaint.ComplaintProcess.Vars;
import com.aftersales.flows.complaint.ComplaintProperties;
import com.aftersales.flows.complaint.ComplaintService;
import com.aftersales.flows.complaint.SolutionCaseStarter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** The solution is a repair or an exchange: that flow starts as a new case linked to the complaint. */
@Component("startLinkedCaseDelegate")
public class StartLinkedCaseDelegate implements JavaDelegate {

  private final SolutionCaseStarter starter;
  private final ComplaintService complaints;
  private final ComplaintProperties properties;

  public StartLinkedCaseDelegate(
      SolutionCaseStarter starter, ComplaintService complaints, ComplaintProperties properties) {
    this.starter = starter;
    this.complaints = complaints;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = Read.required(execution, CaseVariables.CASE_NUMBER);
    String type = Read.required(execution, Vars.LINKED_CASE_TYPE);
    String linked = starter.start(caseNumber, type, properties.processKeyFor(type));
    complaints.linkedCase(caseNumber, type, linked, ClockUtil.getCurrentTime().toInstant());
    execution.setVariable(Vars.LINKED_CASE_NUMBER, linked);
  }
}
