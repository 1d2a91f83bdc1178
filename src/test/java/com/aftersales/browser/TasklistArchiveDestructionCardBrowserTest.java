package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.NewCase;
import com.aftersales.customers.Classification;
import com.aftersales.customers.CreditGrade;
import com.aftersales.customers.CustomerKind;
import com.aftersales.customers.CustomerService;
import com.aftersales.customers.NewCustomer;
import com.aftersales.customers.SecrecyLevel;
import com.aftersales.customers.destruction.ArchiveDestructions;
import com.aftersales.customers.destruction.DestructionOccasion;
import com.aftersales.customers.destruction.DestructionProcess;
import com.aftersales.customers.destruction.DestructionProcess.Elements;
import com.aftersales.security.StaffGroups;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The approval forms of archive-destruction show no summary of the customer but embed the customer card of the
 * application, which decides per viewer: the customer-information supervisor (no front-line group) sees the name and
 * no contact data, the service manager also the phone number and address, the general manager the name only.
 */
class TasklistArchiveDestructionCardBrowserTest extends BrowserScenario {

  static final String RULE = "002 二(一) 6.10 客户信息主管、客户服务部经理、总经理分别核准后，方可销毁";

  @Autowired CustomerService customers;
  @Autowired CaseService cases;
  @Autowired ArchiveDestructions destructions;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;

  @Test
  @DisplayName(RULE + ": each approver's form links to the customer card, which shows the contact data their group"
      + " may see")
  void eachApprovalFormShowsTheCustomerCardForTheApproversGroup() {
    String phone = "135" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    String name = "销毁卡片客户" + System.nanoTime() % 100000;
    String address = "卡片路 " + phone.substring(7) + " 号";
    long customerId = outdatedCustomer(name, phone, address);
    String instance = destructions.propose(customerId, DestructionOccasion.OUTDATED, null, Instant.now())
        .processInstanceId();
    String key = DestructionProcess.businessKey(customerId);

    card(instance, key, "cora", StaffGroups.CUSTOMER_INFO_SUPERVISORS, Elements.APPROVE_AS_SUPERVISOR,
        "客户信息主管核准销毁", customerId);
    assertThat(browser.bodyText()).contains(name).doesNotContain(phone).doesNotContain(address);
    approve(instance, "cora", StaffGroups.CUSTOMER_INFO_SUPERVISORS, "supervisorDecision", "supervisorComment");

    card(instance, key, "sam", StaffGroups.SERVICE_MANAGERS, Elements.APPROVE_AS_SERVICE_MANAGER,
        "客户服务部经理核准销毁", customerId);
    assertThat(browser.bodyText()).contains(name, phone, address);
    DocsScreens.save(browser, "archive-destruction-card-zh-CN.png");
    approve(instance, "sam", StaffGroups.SERVICE_MANAGERS, "serviceManagerDecision", "serviceManagerComment");

    card(instance, key, "grace", StaffGroups.GENERAL_MANAGER, Elements.APPROVE_AS_GENERAL_MANAGER,
        "总经理核准销毁", customerId);
    assertThat(browser.bodyText()).contains(name).doesNotContain(phone).doesNotContain(address);
    assertThat(jdbc.queryForObject(
        "SELECT COUNT(*) FROM customer_access_log WHERE customer_id = ? AND view_kind = 'CARD'", Integer.class,
        customerId)).as("each card shown is logged").isEqualTo(3);
  }

  /** Opens the approver's task from their group's list, checks the form's card link, and follows it. */
  private void card(String instance, String key, String user, String group, String taskKey, String taskName,
      long customerId) {
    awaitTask(instance, taskKey);
    reopenBrowserIn("en-US");
    Tasklist tasklist = new Tasklist(browser);
    tasklist.login(user, user);
    tasklist.openFilter(groupTasks(group));
    tasklist.openTask(key, taskName);
    WebElement link = browser.visible(By.xpath("//*[contains(@class,'fjs-form')]//a[normalize-space()='客户信息卡']"));
    assertThat(link.getAttribute("href")).endsWith("/api/customers/" + customerId + "/card");
    assertThat(browser.driver().findElements(
        By.xpath("//*[contains(@class,'fjs-form')]//label[normalize-space()='档案']"))).as("no summary of the customer any more").isEmpty();
    browser.step(taskName + ": form with the customer card link");
    browser.open("/api/customers/" + customerId + "/card");
    browser.visible(By.xpath("//h1[normalize-space()='客户信息卡']"));
    browser.step(taskName + ": customer card");
  }

  private void approve(String instance, String user, String group, String decision, String comment) {
    String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    identityService.setAuthentication(user, List.of(group));
    try {
      taskService.complete(task, Map.of(decision, DestructionProcess.APPROVED, comment, "同意销毁此档案"));
    } finally {
      identityService.clearAuthentication();
    }
  }

  private long outdatedCustomer(String name, String phone, String address) {
    long id = customers.create(new NewCustomer(CustomerKind.PERSON, name, null, phone, null, address, "华东",
        null, Classification.NORMAL, CreditGrade.C, BigDecimal.ZERO, null, SecrecyLevel.SECRET), "test", "test").id();
    String caseNumber = cases.open(new NewCase("REPAIR", "phone", name, phone, null, null, "LX-200",
        null, null, null, "销毁测试", null, null, id, null)).caseNumber();
    Instant closed = Instant.now().minus(5 * 366, ChronoUnit.DAYS);
    jdbc.update("UPDATE service_case SET closed_at = ?, opened_at = ? WHERE case_number = ?", Timestamp.from(closed),
        Timestamp.from(closed.minus(3, ChronoUnit.DAYS)), caseNumber);
    return id;
  }
}
