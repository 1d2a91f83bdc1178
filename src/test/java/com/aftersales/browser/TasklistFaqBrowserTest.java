package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.faq.FaqEntry;
import com.aftersales.faq.FaqRepository;
import com.aftersales.flows.consultation.ConsultationProcess.Elements;
import com.aftersales.security.StaffGroups;
import com.aftersales.testsupport.Jobs;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The FAQ fields of the consultation answer form (forms/consultation-answer.form) in Tasklist: customer service
 * answers a question, ticks it as a common one and writes the question in general terms; a draft FAQ entry waits for
 * a service manager.
 */
class TasklistFaqBrowserTest extends BrowserScenario {

  @Autowired TestRestTemplate rest;
  @Autowired HistoryService historyService;
  @Autowired FaqRepository faq;

  @Test
  @DisplayName("002 客服流程 一(四) 对常见问题进行汇总: customer service turns a consultation's answer into a draft FAQ entry on the answer form in Tasklist")
  @CompletesForms(en = {"consultation-answer"})
  void answerFormProposesAnFaqEntry() {
    ServiceTypeRequests.Opened opened =
        ServiceTypeRequests.open(rest, "consultation", "Can the CP-3000 print envelopes?");
    String caseNumber = opened.caseNumber();
    String instance = opened.instance();
    awaitTask(instance, Elements.CONTACT_CUSTOMER);
    Tasklist tasklist = new Tasklist(browser);

    tasklist.login("mary", "mary");
    tasklist.work(groupTasks(StaffGroups.CUSTOMER_SERVICE), caseNumber, "联系客户并答复", true, () -> {
      tasklist.chooseRadio("咨询(答复即结案)");
      tasklist.fillText("给客户的答复", "可以,请使用手送纸盒,每次一个信封。");
      tasklist.tick("", "整理进常见问题库(FAQ):问题有普遍性,草稿交服务经理审核后发布");
      tasklist.fillText("常见问题(概括的问法,不写客户姓名、电话等个人信息)", "CP-3000 能否打印信封?");
    });
    Jobs.runDue(managementService, instance);
    browser.waitFor(d -> historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).finished()
        .count() == 1);

    FaqEntry draft = faq.findByOrigin("consultation:" + caseNumber).orElseThrow();
    assertThat(draft.status()).isEqualTo(FaqEntry.Status.DRAFT);
    assertThat(draft.question()).isEqualTo("CP-3000 能否打印信封?");
    assertThat(draft.answer()).contains("手送纸盒");
    assertThat(draft.proposedBy()).isEqualTo("mary");
  }
}
