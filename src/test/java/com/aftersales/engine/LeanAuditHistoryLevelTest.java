package com.aftersales.engine;

import com.aftersales.mail.MailStepVariables;
import com.aftersales.flows.complaint.EscalationBookkeeping;
import java.util.List;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftersales.flows.complaint.ComplaintProcess;
import com.aftersales.testsupport.StandaloneEngines;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

class LeanAuditHistoryLevelTest {

  /** A gateway, a mail-like step with the mail step's input parameters and counter, and a wait. */
  private static final BpmnModelInstance MODEL = Bpmn.createExecutableProcess("lean")
      .camundaHistoryTimeToLive(180)
      .startEvent("StartEvent_Received")
      .exclusiveGateway("Gateway_Route")
      .serviceTask("Task_Notify")
      .camundaExpression("${execution.setVariable('mailCount_Task_Notify', 1)}")
      .camundaInputParameter("mailTemplate", "case-received")
      .camundaInputParameter("mailTo", "customer-service")
      .userTask("Task_Wait")
      .endEvent("EndEvent_Done")
      .done();

  @Test
  void keepsTasksEventsAndCaseVariablesButNotGatewaysTheMailStepsOwnVariablesOrEscalationBookkeeping() {
    ProcessEngine engine = engine("lean-history", LeanAuditHistoryLevel.NAME);
    try {
      engine.getRepositoryService().createDeployment().addModelInstance("lean.bpmn", MODEL).deploy();
      ProcessInstance instance = engine.getRuntimeService()
          .startProcessInstanceByKey("lean", Map.of("customerName", "Li Wei",
              ComplaintProcess.Vars.RESPONSE_TIMER_DUE, new Date(), ComplaintProcess.Vars.ESCALATION_COUNT, 0));

      assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
          .processInstanceId(instance.getId()).list())
          .extracting(HistoricActivityInstance::getActivityId)
          .containsExactlyInAnyOrder("StartEvent_Received", "Task_Notify", "Task_Wait");
      assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
          .processInstanceId(instance.getId()).list())
          .extracting(HistoricVariableInstance::getName)
          .containsExactly("customerName");
      // the running case still has the counter the mail step's dedup key needs, and what its timers read
      assertThat(engine.getRuntimeService().getVariable(instance.getId(), "mailCount_Task_Notify")).isEqualTo(1L);
      assertThat(engine.getRuntimeService().getVariable(instance.getId(), ComplaintProcess.Vars.ESCALATION_COUNT))
          .isEqualTo(0);
    } finally {
      engine.close();
    }
  }

  @Test
  void aDatabaseCanSwitchBetweenAuditAndAuditLeanButNotToAnotherLevel() {
    engine("lean-switch", "audit").close();
    ProcessEngine lean = engine("lean-switch", LeanAuditHistoryLevel.NAME);
    assertThat(lean.getHistoryService().createHistoricProcessInstanceQuery().count()).isZero();
    lean.close();
    engine("lean-switch", "audit").close();
    // the engine's own check, which is why audit-lean keeps audit's id
    assertThatThrownBy(() -> engine("lean-switch", "full")).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("historyLevel mismatch");
  }

  private static ProcessEngine engine(String name, String historyLevel) {
    return StandaloneEngines.build(name, configuration -> {
      configuration.setProcessEngineName(name + "-" + historyLevel);
      configuration.setHistory(historyLevel);
      // keep the schema (and its stored history level) when an engine closes, as a real database does
      configuration.setDatabaseSchemaUpdate("true");
      configuration.getProcessEnginePlugins().add(new LeanAuditHistoryRegistration(List.of(new MailStepVariables(), new EscalationBookkeeping())));
    });
  }
}
