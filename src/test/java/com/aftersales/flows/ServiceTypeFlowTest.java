package com.aftersales.flows;

import com.aftersales.testsupport.EngineClock;
import com.aftersales.testsupport.ProcessTest;
import com.aftersales.cases.CaseService;
import com.aftersales.mail.Outbox;
import com.aftersales.mail.OutboxEntry;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The process tests of the service-type flows: the real engine with its clock set to {@link #startTime()}, cases
 * started as intake starts them ({@link ServiceTypeCases}) and the mails they leave in the outbox.
 */
@ProcessTest
public abstract class ServiceTypeFlowTest {

  @Autowired protected ProcessEngine processEngine;
  @Autowired protected RuntimeService runtimeService;
  @Autowired protected TaskService taskService;
  @Autowired protected ManagementService managementService;
  @Autowired protected CaseService caseService;
  @Autowired protected Outbox outbox;

  protected ServiceTypeCases cases;

  /** Where the engine clock stands when each test begins. */
  protected abstract Instant startTime();

  @BeforeEach
  void startClockAndAssertions() {
    EngineClock.set(startTime());
    cases = new ServiceTypeCases(caseService, runtimeService, taskService, managementService);
  }

  @AfterEach
  void resetClockAndAssertions() {
    AbstractAssertions.reset();
  }

  protected List<String> templates(String caseNumber) {
    return outbox.forCase(caseNumber).stream().map(OutboxEntry::template).toList();
  }

  /** The case's first mail of the template. */
  protected OutboxEntry mail(String caseNumber, String template) {
    return outbox.forCase(caseNumber).stream().filter(m -> m.template().equals(template)).findFirst().orElseThrow();
  }

  /** Who a mail of the case went to: a mail to a group goes to each member (other tests may add members). */
  protected java.util.List<String> recipients(String caseNumber, String template) {
    return outbox.forCase(caseNumber).stream().filter(m -> m.template().equals(template))
        .map(OutboxEntry::recipient).toList();
  }

  /** A variable's last value in the instance's history (also after the instance ended). */
  protected Object historyValue(String processInstanceId, String name) {
    return processEngine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .variableName(name).singleResult().getValue();
  }
}
