package com.aftersales.flows.repair;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.NewCase;
import com.aftersales.flows.repair.RepairProcess.Elements;
import com.aftersales.flows.repair.RepairProcess.Status;
import com.aftersales.intake.IntakeResult;
import com.aftersales.intake.IntakeService;
import com.aftersales.mail.Outbox;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** A repair request taken in by the intake API starts the repair flow with the case's start variables. */
@SpringBootTest
@ActiveProfiles("test")
class RepairIntakeTest {

  @Autowired IntakeService intake;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired CaseService cases;
  @Autowired Outbox outbox;

  @Test
  void repairRequestFromIntakeIsAcknowledgedAndWaitsForAssessmentByTheResponseCommitment() {
    IntakeResult result = intake.submit(new NewCase("repair", "phone", "Li Na", "13900000000", "li.na@example.com",
        "3 Park Road, Hangzhou", "LX-200 analyser", "SN-9001", LocalDate.now().minusMonths(2), true,
        "Display flickers", null, null, null, null), "mary");
    String caseNumber = result.serviceCase().caseNumber();

    ProcessInstance instance = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(RepairProcess.PROCESS_KEY).processInstanceBusinessKey(caseNumber).singleResult();
    assertThat(instance).isNotNull();
    managementService.createJobQuery().processInstanceId(instance.getId()).executable().list()
        .forEach(job -> managementService.executeJob(job.getId()));

    Task assess = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(assess.getTaskDefinitionKey()).isEqualTo(Elements.ASSESS_REQUEST);
    assertThat(assess.getDueDate()).isEqualTo(Date.from(result.responseDueAt()));
    assertThat(cases.find(caseNumber).orElseThrow().status()).isEqualTo(Status.ASSESSMENT);
    assertThat(outbox.forCase(caseNumber)).singleElement().satisfies(mail -> {
      assertThat(mail.template()).isEqualTo("repair-acknowledgement");
      assertThat(mail.recipient()).isEqualTo("li.na@example.com");
      assertThat(mail.body()).contains(caseNumber).contains("Display flickers");
    });
  }
}
