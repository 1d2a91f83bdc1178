package com.aftersales.intake;

import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.core.io.ClassPathResource;

/**
 * Test-only process models deployed from the tests (never in processes/), removed again afterwards so
 * they cannot shadow the real flows of other tests.
 */
final class TestFlows {

  private TestFlows() {}

  /**
   * Until the repair flow is on the branch: a minimal {@code repair} whose first step is the assessment
   * by customer service, due when the response is due — as the real flow's first human step.
   *
   * <p>Decided by the build, not the database: a persistent test database may hold a {@code repair}
   * deployed by another branch whose delegates this build does not have.
   *
   * @return the deployment to remove afterwards, empty when the real flow is part of this build (and
   *     so auto-deployed as the latest version)
   */
  static Optional<String> ensureRepairFlow(RepositoryService repositoryService) {
    if (new ClassPathResource("processes/repair.bpmn").exists()) {
      return Optional.empty();
    }
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("repair")
            .name("Repair (intake test stand-in)")
            .camundaHistoryTimeToLive(180)
            .startEvent("StartEvent_RequestReceived")
            .name("Request received")
            .userTask("Task_AssessRequest")
            .name("Assess the request with the customer")
            .camundaCandidateGroups("customer-service")
            .camundaDueDate("${responseDueAt}")
            .endEvent("EndEvent_Assessed")
            .done();
    return Optional.of(
        repositoryService
            .createDeployment()
            .name("intake-test-repair")
            .addModelInstance("intake-test-repair.bpmn", model)
            .deploy()
            .getId());
  }

  /** A flow whose start fails in its first (synchronous) step, as a technical failure would. */
  static String deployFailingFlow(RepositoryService repositoryService, String processKey) {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess(processKey)
            .camundaHistoryTimeToLive(180)
            .startEvent("StartEvent_RequestReceived")
            .serviceTask("Task_Fails")
            // a name nothing resolves (the deployment guard refuses calls on anything but the application's beans)
            .camundaExpression("${intakeTestMissingBean}")
            .endEvent("EndEvent_Never")
            .done();
    return repositoryService
        .createDeployment()
        .name("intake-test-failing-" + processKey)
        .addModelInstance("intake-test-failing-" + processKey + ".bpmn", model)
        .deploy()
        .getId();
  }

  static void remove(RepositoryService repositoryService, String deploymentId) {
    repositoryService.deleteDeployment(deploymentId, true, true);
  }
}
