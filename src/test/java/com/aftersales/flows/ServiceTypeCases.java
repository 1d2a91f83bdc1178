package com.aftersales.flows;

import com.aftersales.testsupport.CaseDriver;
import com.aftersales.cases.CaseService;
import com.aftersales.cases.CaseVariables;
import com.aftersales.cases.NewCase;
import com.aftersales.cases.ServiceCase;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Starts the service-type flows (consultation, installation, maintenance, emergency) the way intake does, with the
 * 24-hour response commitment, and drives them: tasks, due jobs, the engine clock.
 */
public final class ServiceTypeCases extends CaseDriver {

  public static final Duration RESPONSE_COMMITMENT = Duration.ofHours(24);

  private final CaseService cases;
  private final RuntimeService runtimeService;

  public ServiceTypeCases(
      CaseService cases, RuntimeService runtimeService, TaskService taskService, ManagementService managementService) {
    super(taskService, managementService);
    this.cases = cases;
    this.runtimeService = runtimeService;
  }

  /** Opens a case of the type and starts its flow (key = type) at the engine clock's time; runs the due jobs. */
  public ProcessInstance start(String type, String description) {
    return start(type, description, RESPONSE_COMMITMENT);
  }

  /** As {@link #start(String, String)} with the type's own response commitment (emergency: one hour). */
  public ProcessInstance start(String type, String description, Duration responseCommitment) {
    ServiceCase c = cases.open(new NewCase(type, "phone", "Li Lei", "13800138000", "li.lei@example.com",
        "Shanghai, Nanjing Road 1", "CP-3000", "SN-" + System.nanoTime(), LocalDate.parse("2030-06-01"), true,
        description, null));
    Map<String, Object> v = CaseVariables.of(c,
        Date.from(ClockUtil.getCurrentTime().toInstant().plus(responseCommitment)));
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(type, c.caseNumber(), v);
    cases.attachProcessInstance(c.caseNumber(), instance.getId());
    runDueJobs(instance);
    return instance;
  }
}
