package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.security.StaffGroups;
import com.aftersales.testsupport.Jobs;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Every form of the complaint flow (forms/complaint-*.form) opened and completed in Tasklist by its group: a repeat
 * complaint recorded, its responsibility reviewed, the customer asked for information and their answer entered,
 * the complaint answered, judged, investigated and solved, the customer's satisfaction confirmed and followed up.
 */
class TasklistComplaintBrowserTest extends BrowserScenario {

  static final String PHONE = "13600136000";

  @Autowired TestRestTemplate rest;
  @Autowired HistoryService historyService;

  @Test
  @DisplayName("a repeat complaint is worked through every complaint form in Tasklist by each group")
  void everyComplaintFormIsCompletedInTasklist() {
    String serial = "SN-CMP-" + System.nanoTime();
    String earlier = recordedComplaint(serial);
    String[] created = newComplaint(serial);
    String caseNumber = created[0];
    String instance = created[1];
    String customerService = groupTasks(StaffGroups.CUSTOMER_SERVICE);
    Tasklist tasklist = new Tasklist(browser);

    tasklist.login("mary", "mary");
    tasklist.work(customerService, caseNumber, "Record the complaint", true, () -> {
      tasklist.chooseSelect("", "Channel the complaint came in by", "Phone");
      tasklist.chooseSelect("", "Category", "Installation");
      tasklist.chooseRadio("Normal");
      tasklist.fillText("What the customer complains about", "The installer left the kitchen flooded again");
      tasklist.fillText("What the customer demands", "Dry the kitchen and send someone else");
      tasklist.fillText("Earlier case about the same issue", earlier);
    });
    awaitTask(instance, "Task_RespondToComplaint");
    awaitTask(instance, "Task_ReviewResponsibility");

    tasklist.work(customerService, caseNumber, "Respond to the complaint", true, () -> {
      tasklist.chooseRadio("Need information from the customer first (the clock stops)");
      tasklist.fillText("What the customer must tell us", "When was the unit installed and by whom?");
    });
    awaitTask(instance, "Task_EnterCustomerAnswer");
    tasklist.work(customerService, caseNumber, "Enter the customer's answer", true,
        () -> tasklist.fillText("The customer's answer", "Installed on 2 May by the dealer's fitter"));
    awaitTask(instance, "Task_RespondToComplaint");
    tasklist.work(customerService, caseNumber, "Respond to the complaint", true, () -> {
      tasklist.chooseRadio("Answered; needs investigation and a solution");
      tasklist.fillText("What you told the customer", "We apologised and will investigate the installation");
    });
    awaitTask(instance, "Task_JudgeComplaint");
    tasklist.work(customerService, caseNumber, "Judge whether the complaint is justified", true, () -> {
      tasklist.tick("", "The complaint is justified");
      tasklist.tick("", "The customer's demand is reasonable");
      tasklist.fillText("Reasoning", "The hose was not fastened: the installer's fault");
    });
    awaitTask(instance, "Task_InvestigateCause");
    tasklist.work(customerService, caseNumber, "Investigate the cause", true, () -> {
      tasklist.chooseSelect("", "Cause", "Repair or installation workmanship");
      tasklist.fillText("Findings", "Drain hose clamp missing; fitter not trained on this model");
    });
    awaitTask(instance, "Task_ProposeSolution");
    tasklist.work(customerService, caseNumber, "Propose a solution", true, () -> {
      tasklist.chooseSelect("", "Solution", "Apology");
      tasklist.fillText("Solution in detail", "We apologise; a trained fitter refits the hose this week");
    });
    awaitTask(instance, "Task_ConfirmFeedback");
    tasklist.work(customerService, caseNumber, "Ask whether the customer is satisfied", true, () -> {
      tasklist.chooseRadio("Satisfied");
      tasklist.fillText("What the customer said", "Fine, as long as the fitter comes this week");
    });
    awaitTask(instance, "Task_FollowUp");
    tasklist.work(customerService, caseNumber, "Follow-up call or visit", true, () -> {
      tasklist.chooseRadio("Call");
      tasklist.fillText("Satisfaction", "4");
      tasklist.fillText("Notes of the follow-up", "Hose refitted, kitchen dry, customer content");
    });

    tasklist.login("sam", "sam");
    tasklist.work(groupTasks(StaffGroups.SERVICE_MANAGERS), caseNumber,
        "Review who is responsible for the repeat complaint", true, () -> {
          tasklist.fillText("Responsible person", "Wang Fang");
          tasklist.fillText("Regional head", "Liu Yang");
          tasklist.fillText("Finding and consequence", "The first complaint was closed without a fix; retraining");
        });
    Jobs.runDue(managementService, instance);
    browser.waitFor(d -> historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count() == 1);
  }

  /** An earlier complaint of the same customer about the same unit, recorded over the Java API. */
  private String recordedComplaint(String serial) {
    String[] created = newComplaint(serial);
    Task record = taskService.createTaskQuery().processInstanceId(created[1]).singleResult();
    taskService.complete(record.getId(), Map.of("category", "installation", "severity", "normal", "keyCustomer", false,
        "customerDemand", "Dry the kitchen", "description", "The installer left the kitchen flooded"));
    Jobs.runDue(managementService, created[1]);
    return created[0];
  }

  private String[] newComplaint(String serial) {
    ResponseEntity<JsonNode> response = rest.withBasicAuth("mary", "mary").postForEntity("/api/service-requests",
        Map.of("type", "complaint", "channel", "phone",
            "customer", Map.of("name", "Han Meimei", "phone", PHONE, "email", "han.meimei@example.com"),
            "product", Map.of("model", "WM-1200", "serialNumber", serial),
            "description", "The installer left the kitchen flooded"),
        JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String instance = response.getBody().path("processInstanceId").asText();
    Jobs.runDue(managementService, instance);
    return new String[] {response.getBody().path("caseNumber").asText(), instance};
  }
}
