package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.ServiceRecord;
import com.aftersales.flows.FirstContact;
import com.aftersales.security.StaffGroups;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The shared first-contact form (forms/first-contact.form) opened and completed in Tasklist by customer service, for
 * an exchange request and a parts request taken in over the API (rulebook 002 客服流程).
 */
class TasklistFirstContactBrowserTest extends BrowserScenario {

  @Autowired TestRestTemplate rest;
  @Autowired CaseService cases;

  @Test
  @DisplayName("002 客服流程: customer service records the first contact of an exchange and of a parts request in Tasklist")
  @CompletesForms(en = {"first-contact"})
  void firstContactIsCompletedInTasklist() {
    ServiceTypeRequests.Opened exchange = ServiceTypeRequests.open(rest, "exchange", "Lid lock fails after a week");
    ServiceTypeRequests.Opened parts = ServiceTypeRequests.open(rest, "parts", "Two door hinges missing");
    awaitTask(exchange.instance(), FirstContact.CONTACT_CUSTOMER);
    awaitTask(parts.instance(), FirstContact.CONTACT_CUSTOMER);
    Tasklist tasklist = new Tasklist(browser);
    String customerService = groupTasks(StaffGroups.CUSTOMER_SERVICE);

    tasklist.login("mary", "mary");
    tasklist.work(customerService, exchange.caseNumber(), "24小时内联系客户", true,
        () -> tasklist.fillText("与客户沟通的内容", "已致电客户,说明换货需审批,约两周。"));
    tasklist.work(customerService, parts.caseNumber(), "24小时内联系客户", true,
        () -> tasklist.fillText("与客户沟通的内容", "已致电客户,确认缺两个门铰链。"));

    for (ServiceTypeRequests.Opened opened : new ServiceTypeRequests.Opened[] {exchange, parts}) {
      browser.waitFor(d -> taskService.createTaskQuery().processInstanceId(opened.instance())
          .taskDefinitionKey(FirstContact.CONTACT_CUSTOMER).count() == 0);
      assertThat(cases.records(opened.caseNumber())).filteredOn(r -> r.action().equals(FirstContact.ACTION))
          .extracting(ServiceRecord::recordedBy).containsExactly("mary");
    }
  }
}
