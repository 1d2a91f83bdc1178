package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.customers.Classification;
import com.aftersales.customers.CreditGrade;
import com.aftersales.customers.CustomerKind;
import com.aftersales.customers.CustomerService;
import com.aftersales.customers.NewCustomer;
import com.aftersales.customers.SecrecyLevel;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The service managers' visit-plan screen ({@code /desk/visit-plans.html}) in Chromium, signed in to Tasklist: a plan
 * for a customer found by name is saved through {@code POST /api/visit-plans} and listed as the API lists it; refused
 * input shows the API's message next to each field and saves nothing; customer service is kept out. In Chinese and
 * English; the screens go to docs/screens/.
 */
class VisitPlansBrowserTest extends BrowserScenario {

  static final String PLANS = "/desk/visit-plans.html";
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Autowired TestRestTemplate rest;
  @Autowired CustomerService customers;
  @Autowired JdbcTemplate jdbc;

  @Test
  @DisplayName("002 二(五)3.2 节日回访: a service manager plans a festival visit of a customer found by name, in Chinese, and sees it listed as the API lists it")
  void serviceManagerPlansAFestivalVisitInChinese() {
    String name = "春节回访客户" + System.nanoTime() % 100000;
    long customer = customer(name);
    LocalDate first = LocalDate.now(ZONE).plusDays(20);
    reopenBrowserIn("zh-CN");
    DeskBrowserTest.signInToTasklist(browser, "sam");
    browser.open(PLANS);
    browser.visible(By.cssSelector("#visit-plans[data-state='ready']"));
    assertThat(browser.bodyText()).contains("回访计划", "新建回访计划", "首次回访日期", "客户或项目至少填一项");

    new Select(browser.visible(By.cssSelector("#plan-form [name='kind']"))).selectByValue("festival");
    new Select(browser.visible(By.cssSelector("#plan-form [name='recurrence']"))).selectByValue("once");
    browser.type(By.cssSelector("#plan-form [name='title']"), "春节回访");
    browser.type(By.id("customer-search"), name);
    browser.click(By.id("customer-find"));
    browser.waitFor(d -> String.valueOf(customer).equals(
        new Select(d.findElement(By.cssSelector("#plan-form [name='customerId']"))).getFirstSelectedOption()
            .getAttribute("value")));
    date("firstDate", first.toString());
    browser.click(By.id("plan-save"));

    WebElement message = browser.visible(By.cssSelector("#plan-message[data-result='created']"));
    String planId = message.getAttribute("data-plan-id");
    assertThat(message.getText()).isEqualTo("回访计划 " + planId + " 已保存。");
    JsonNode plan = apiPlan(planId);
    assertThat(plan.path("kind").asText()).isEqualTo("festival");
    assertThat(plan.path("recurrence").asText()).isEqualTo("once");
    assertThat(plan.path("title").asText()).isEqualTo("春节回访");
    assertThat(plan.path("customerId").asLong()).isEqualTo(customer);
    assertThat(plan.path("firstDate").asText()).isEqualTo(first.toString());
    assertThat(plan.path("createdBy").asText()).isEqualTo("sam");
    WebElement row = browser.visible(By.cssSelector("#plans-table tr.as-plan[data-plan-id='" + planId + "']"));
    assertThat(row.getText()).contains("节日回访", "春节回访", name + " (" + customer + ")", "一次",
        first.toString(), plan.path("nextVisit").asText(), "sam");
    DocsScreens.save(browser, "visit-plans-zh-CN.png");
  }

  @Test
  @DisplayName("refused input shows the API's reason next to each field and saves nothing; customer service is kept out")
  void refusedInputIsShownPerFieldInEnglishAndOthersAreKeptOut() {
    Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM visit_plan", Integer.class);
    DeskBrowserTest.signInToTasklist(browser, "sam");
    browser.open(PLANS + "?lang=en");
    browser.visible(By.cssSelector("#visit-plans[data-state='ready']"));
    assertThat(browser.bodyText()).contains("Visit plans", "New visit plan", "A customer or a project");
    date("firstDate", LocalDate.now(ZONE).minusDays(1).toString());
    date("untilDate", LocalDate.now(ZONE).minusDays(3).toString());
    browser.click(By.id("plan-save"));

    browser.visible(By.cssSelector("#plan-message[data-result='invalid']"));
    assertThat(error("title")).isEqualTo("is required");
    assertThat(error("customerId")).isEqualTo("a customer (customerId) or a project is required");
    assertThat(error("firstDate")).startsWith("must not be before today");
    assertThat(error("untilDate")).isEqualTo("must not be before firstDate");
    assertThat(browser.driver().findElement(By.cssSelector("#plan-form [name='title']")).getAttribute("class"))
        .contains("as-invalid");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM visit_plan", Integer.class)).isEqualTo(before);
    DocsScreens.save(browser, "visit-plans-en.png");

    // a project instead of a customer, monthly from a later day: saved
    browser.type(By.cssSelector("#plan-form [name='title']"), "Monthly visit");
    browser.type(By.cssSelector("#plan-form [name='project']"), "Harbour offices " + System.nanoTime());
    new Select(browser.visible(By.cssSelector("#plan-form [name='recurrence']"))).selectByValue("monthly");
    date("firstDate", LocalDate.now(ZONE).plusDays(3).toString());
    date("untilDate", "");
    browser.click(By.id("plan-save"));
    String planId = browser.visible(By.cssSelector("#plan-message[data-result='created']")).getAttribute("data-plan-id");
    assertThat(browser.driver().findElements(By.cssSelector(".as-field-error"))).isEmpty();
    assertThat(browser.visible(By.cssSelector("#plans-table tr.as-plan[data-plan-id='" + planId + "']")).getText())
        .contains("plan visit (regular or irregular)", "Monthly visit", "monthly");
    assertThat(apiPlan(planId).path("recurrence").asText()).isEqualTo("monthly");

    browser.driver().manage().deleteAllCookies();
    DeskBrowserTest.signInToTasklist(browser, "mary");
    browser.open(PLANS + "?lang=en");
    browser.visible(By.cssSelector("#visit-plans[data-state='denied']"));
    assertThat(browser.bodyText()).contains("service-managers");
    assertThat(browser.driver().findElement(By.id("plan-form")).isDisplayed()).isFalse();
  }

  private long customer(String name) {
    return customers.create(new NewCustomer(CustomerKind.PERSON, name, null, null, null, null, null, null,
        Classification.KEY, CreditGrade.C, BigDecimal.ZERO, null, SecrecyLevel.SECRET), "visit-test", "plan screen").id();
  }

  /** Sets a date field as the date picker would (typing into a date input depends on the browser's locale). */
  private void date(String field, String value) {
    WebElement input = browser.visible(By.cssSelector("#plan-form [name='" + field + "']"));
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", input, value);
  }

  private String error(String field) {
    return browser.visible(By.cssSelector(".as-field-error[data-field='" + field + "']")).getText();
  }

  private JsonNode apiPlan(String planId) {
    for (JsonNode plan : rest.withBasicAuth("sam", "sam").getForObject("/api/visit-plans", JsonNode.class)) {
      if (plan.path("id").asText().equals(planId)) {
        return plan;
      }
    }
    throw new AssertionError("plan " + planId + " not listed by GET /api/visit-plans");
  }
}
