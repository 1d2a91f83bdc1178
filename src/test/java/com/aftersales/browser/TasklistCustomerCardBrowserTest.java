package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.security.StaffGroups;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A task form shows no contact field; its customer card link opens, with the Tasklist login, the card with what the
 * task needs (customer service recording a complaint: the phone number).
 */
class TasklistCustomerCardBrowserTest extends BrowserScenario {

  static final String PHONE = "13700199887";

  @Autowired TestRestTemplate rest;

  @Test
  void theComplaintFormLinksToTheCustomerCardWhichShowsThePhoneNumber() {
    ResponseEntity<JsonNode> created = rest.withBasicAuth("mary", "mary").postForEntity("/api/service-requests",
        Map.of("type", "complaint", "channel", "phone",
            "customer", Map.of("name", "Card Li", "phone", PHONE, "address", "9 Card Road"),
            "product", Map.of("model", "WM-1200", "serialNumber", "SN-CARD-" + System.nanoTime()),
            "description", "The door does not close"), JsonNode.class);
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    String caseNumber = created.getBody().path("caseNumber").asText();
    long customerId = created.getBody().path("customerId").asLong();
    awaitTask(created.getBody().path("processInstanceId").asText(), "Task_RecordComplaint");
    Tasklist tasklist = new Tasklist(browser);

    tasklist.login("mary", "mary");
    tasklist.openFilter(groupTasks(StaffGroups.CUSTOMER_SERVICE));
    tasklist.openTask(caseNumber, "登记投诉");
    WebElement link = browser.visible(By.xpath("//*[contains(@class,'fjs-form')]//a[normalize-space()='客户信息卡']"));
    assertThat(link.getAttribute("href")).endsWith("/api/customers/" + customerId + "/card");
    assertThat(browser.bodyText()).doesNotContain(PHONE);
    browser.step("task form with the customer card link");

    browser.open("/api/customers/" + customerId + "/card");
    browser.visible(By.xpath("//h1[normalize-space()='客户信息卡']"));
    browser.step("customer card");
    assertThat(browser.bodyText()).contains("Card Li", PHONE, "9 Card Road");
  }
}
