package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.cases.CaseLinks;
import com.aftersales.cases.CaseService;
import com.aftersales.flows.visit.ReturnVisit;
import com.aftersales.flows.visit.VisitProcess;
import com.aftersales.flows.visit.VisitProcess.Elements;
import com.aftersales.flows.visit.VisitRepository;
import com.aftersales.flows.visit.VisitService;
import com.aftersales.testsupport.Jobs;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Every return-visit form (forms/return-visit-*.form) opened and completed in Tasklist by customer service: an
 * on-site visit of a key customer's closed case with a low score, the written feedback form handed in, and the
 * service commitment made; the low score opened a complaint.
 */
class TasklistReturnVisitBrowserTest extends BrowserScenario {

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired CaseService caseService;
  @Autowired CaseLinks links;
  @Autowired VisitRepository visits;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  @Test
  @DisplayName("a key customer's on-site return visit is worked through the visit, hand-in and answer forms in Tasklist")
  @CompletesForms(en = {"return-visit-answer-feedback", "return-visit-conduct", "return-visit-hand-in-feedback"})
  void everyReturnVisitFormIsCompletedInTasklist() {
    String caseNumber = closedKeyCustomerCase(rest, jdbc, caseService);
    String visitNumber = VisitService.visitNumberOf(caseNumber);
    ProcessInstance visit = runtimeService.createProcessInstanceQuery().processDefinitionKey(VisitProcess.PROCESS_KEY)
        .processInstanceBusinessKey(visitNumber).singleResult();
    Jobs.runDue(managementService, visit.getId());
    // the contact window opens (its timer fired by hand: the browser cannot wait a day)
    Job window = managementService.createJobQuery().processInstanceId(visit.getId()).timers().singleResult();
    managementService.executeJob(window.getId());
    Tasklist tasklist = new Tasklist(browser);
    tasklist.login("mary", "mary");

    workById(tasklist, task(visit.getId(), Elements.CONDUCT_VISIT), () -> {
      assertThat(value("案件编号")).isEqualTo(caseNumber);
      assertThat(value("回访原因")).isEqualTo("重点客户回访");
      assertThat(value("联系时段")).endsWith("(Asia/Shanghai)");
      tasklist.chooseRadio("已联系上客户");
      tasklist.chooseRadio("上门回访(客户填写反馈单)");
      tasklist.fillText("客户的完整答复", "门板已调好,但等了三天才有人上门");
      tasklist.fillText("满意度", "2");
      tasklist.fillText("客户的意见和建议", "希望上门前先打电话");
    });
    // form return-visit-hand-in-feedback (Task_HandInFeedbackForm)
    awaitTask(visit.getId(), Elements.HAND_IN_FEEDBACK_FORM);
    workById(tasklist, task(visit.getId(), Elements.HAND_IN_FEEDBACK_FORM), () -> {
      tasklist.fillText("反馈单编号", "FK-2031-001");
      tasklist.tick("", "客户已在反馈单上签字");
      tasklist.fillText("反馈单背面记录的客户意见", "客户要求秋季免费保养");
    });
    // form return-visit-answer-feedback (Task_AnswerFeedback)
    awaitTask(visit.getId(), Elements.ANSWER_FEEDBACK);
    workById(tasklist, task(visit.getId(), Elements.ANSWER_FEEDBACK),
        () -> tasklist.fillText("对客户的售后服务承诺", "十月安排一次免费上门保养"));

    browser.waitFor(d -> historyService.createHistoricProcessInstanceQuery().processInstanceId(visit.getId())
        .finished().count() == 1);
    ReturnVisit done = visits.find(visitNumber).orElseThrow();
    assertThat(done.satisfaction()).isEqualTo(2);
    assertThat(done.visitedBy()).isEqualTo("mary");
    assertThat(done.answer()).isEqualTo("门板已调好,但等了三天才有人上门");
    assertThat(done.feedbackFormNumber()).isEqualTo("FK-2031-001");
    assertThat(done.serviceCommitment()).isEqualTo("十月安排一次免费上门保养");
    assertThat(done.complaintCaseNumber()).isNotNull();
    assertThat(links.findLinkedFrom(caseNumber, "complaint-of")).contains(done.complaintCaseNumber());
  }

  private void workById(Tasklist tasklist, Task task, Runnable fill) {
    tasklist.openTaskById(task.getId());
    tasklist.claim();
    fill.run();
    tasklist.complete();
    tasklist.awaitCompleted();
  }

  /** The value a read-only field of the open form shows. */
  private String value(String label) {
    return browser.visible(org.openqa.selenium.By.xpath(Tasklist.field(label) + "//input")).getAttribute("value");
  }

  private Task task(String instance, String key) {
    return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).singleResult();
  }

  /** A repair case taken in over the API, its customer classified as a key customer in the archive, and closed. */
  static String closedKeyCustomerCase(TestRestTemplate rest, org.springframework.jdbc.core.JdbcTemplate jdbc,
      CaseService caseService) {
    ResponseEntity<JsonNode> response = rest.withBasicAuth("mary", "mary").postForEntity("/api/service-requests",
        Map.of("type", "repair", "channel", "phone",
            "customer", Map.of("name", "Zhang Wei", "phone", String.format("1391%07d", System.nanoTime() % 10_000_000)),
            "product", Map.of("model", "WM-1200", "serialNumber", "SN-RV-" + System.nanoTime(),
                "purchaseDate", "2026-03-01", "purchaseProof", true),
            "description", "Cabinet door hangs crooked"),
        JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String caseNumber = response.getBody().path("caseNumber").asText();
    // the archive classifies the customer as key: every case of theirs is visited (002 二(五)3.4.2)
    jdbc.update("UPDATE customer SET classification = 'KEY' WHERE id = ?", response.getBody().path("customerId").asLong());
    caseService.close(caseNumber, "COMPLETED");
    return caseNumber;
  }
}
