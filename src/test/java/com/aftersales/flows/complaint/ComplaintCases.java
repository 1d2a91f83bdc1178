package com.aftersales.flows.complaint;

import com.aftersales.testsupport.CaseDriver;
import com.aftersales.cases.CaseService;
import com.aftersales.cases.CaseVariables;
import com.aftersales.cases.NewCase;
import com.aftersales.cases.ServiceCase;
import com.aftersales.flows.complaint.ComplaintProcess.Vars;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** Starts complaints the way intake does and drives them: tasks, due jobs, the engine clock. */
final class ComplaintCases extends CaseDriver {

  private final CaseService cases;
  private final RuntimeService runtimeService;

  ComplaintCases(
      CaseService cases, RuntimeService runtimeService, TaskService taskService, ManagementService managementService) {
    super(taskService, managementService);
    this.cases = cases;
    this.runtimeService = runtimeService;
  }

  /** Opens the case and starts the complaint flow with the intake's start variables. */
  ProcessInstance start(String phone, String serialNumber) {
    ServiceCase c =
        cases.open(
            new NewCase(
                "complaint",
                "phone",
                "Li Lei",
                phone,
                "li.lei@example.com",
                "Shanghai",
                "WM-1200",
                serialNumber,
                LocalDate.parse("2026-01-10"),
                true,
                "The washing machine leaks after the repair",
                null, null, null, null));
    Map<String, Object> v = new HashMap<>();
    v.put(CaseVariables.CASE_NUMBER, c.caseNumber());
    v.put(CaseVariables.CASE_TYPE, "complaint");
    v.put(CaseVariables.CHANNEL, c.channel());
    v.put(CaseVariables.CUSTOMER_NAME, c.customerName());
    v.put(CaseVariables.PRODUCT_MODEL, c.productModel());
    v.put(CaseVariables.SERIAL_NUMBER, c.serialNumber());
    v.put(CaseVariables.PURCHASE_DATE, "2026-01-10");
    v.put(CaseVariables.PURCHASE_PROOF, true);
    v.put(CaseVariables.DESCRIPTION, c.description());
    v.put(CaseVariables.RESPONSE_DUE_AT, Date.from(c.openedAt().plusSeconds(24 * 3600)));
    ProcessInstance instance =
        runtimeService.startProcessInstanceByKey(ComplaintProcess.PROCESS_KEY, c.caseNumber(), v);
    cases.attachProcessInstance(c.caseNumber(), instance.getId());
    return instance;
  }

  /** Completes the record task with the given classification and runs the acknowledgement mail. */
  void record(ProcessInstance instance, String category, String severity, boolean keyCustomer, String related) {
    Map<String, Object> v = new HashMap<>();
    v.put(Vars.CATEGORY, category);
    v.put(Vars.SEVERITY, severity);
    v.put(Vars.KEY_CUSTOMER, keyCustomer);
    v.put(Vars.CUSTOMER_DEMAND, "A working machine and compensation for the water damage");
    v.put(Vars.RELATED_CASE_NUMBER, related);
    complete(instance, ComplaintProcess.Elements.RECORD_COMPLAINT, v);
  }
}
