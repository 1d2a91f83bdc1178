package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.customers.Classification;
import com.aftersales.customers.CreditGrade;
import com.aftersales.customers.CustomerKind;
import com.aftersales.customers.CustomerService;
import com.aftersales.customers.NewCustomer;
import com.aftersales.customers.SecrecyLevel;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The erasure-request screen ({@code /desk/erasure.html}) in Chromium, signed in to Tasklist: the archive's keepers
 * record a customer's erasure request ({@code POST /api/customers/{id}/erasure-requests}, which starts
 * archive-destruction) and those who read the archive's records see its destruction records
 * ({@code GET /api/customers/{id}/destructions}); each part only for the groups the API allows. In Chinese and
 * English; the screens go to docs/screens/.
 */
class ErasureRequestsBrowserTest extends BrowserScenario {

  static final String PAGE = "/desk/erasure.html";
  static final String RULE = "002 二(一) 6.10 客户信息主管、客户服务部经理、总经理分别核准后，方可销毁";

  @Autowired CustomerService customers;
  @Autowired JdbcTemplate jdbc;

  @Test
  @DisplayName(RULE + ": the customer-information supervisor records an erasure request of an outdated archive, in"
      + " Chinese, and sees its destruction awaiting the approvals")
  void supervisorRecordsAnErasureRequestInChinese() {
    String name = "删除申请客户" + System.nanoTime() % 100000;
    long customer = customer(name);
    jdbc.update("UPDATE customer SET created_at = ? WHERE id = ?",
        Timestamp.from(Instant.now().minus(5 * 366, ChronoUnit.DAYS)), customer);
    reopenBrowserIn("zh-CN");
    DeskBrowserTest.signInToTasklist(browser, "cora");
    browser.open(PAGE);
    browser.visible(By.cssSelector("#erasure[data-state='ready']"));
    assertThat(browser.bodyText()).contains("客户删除申请与档案销毁记录", "登记客户删除申请", "档案销毁记录",
        "客户信息主管、客户服务部经理、总经理依次核准后方可销毁");
    choose(name, customer);
    browser.visible(By.cssSelector("#destruction-list[data-customer-id='" + customer + "']"));
    assertThat(browser.visible(By.id("destruction-list")).getText()).contains("此档案没有销毁记录。");

    new Select(browser.visible(By.cssSelector("#request-form [name='channel']"))).selectByValue("letter");
    browser.type(By.cssSelector("#request-form [name='reference']"), "函-" + customer);
    browser.click(By.id("request-save"));

    WebElement message = browser.visible(By.cssSelector("#request-message[data-result='created']"));
    assertThat(message.getAttribute("data-destruction-status")).isEqualTo("PENDING");
    assertThat(message.getText()).isEqualTo("删除申请已登记，档案销毁：待核准。");
    Map<String, Object> request = jdbc.queryForMap("SELECT * FROM customer_erasure_request WHERE customer_id = ?",
        customer);
    assertThat(request).containsEntry("CHANNEL", "LETTER").containsEntry("RECORDED_BY", "cora");
    Long destruction = jdbc.queryForObject("SELECT id FROM archive_destruction WHERE customer_id = ?", Long.class,
        customer);
    WebElement row = browser.visible(By.cssSelector(
        "#destructions-table tr.as-destruction[data-destruction-id='" + destruction + "'][data-status='PENDING']"));
    assertThat(row.getText()).contains("客户申请删除", "待核准");
    DocsScreens.save(browser, "erasure-requests-zh-CN.png");
  }

  @Test
  @DisplayName(RULE + ": in English, a bad date is shown next to its field and nothing is recorded; a request inside"
      + " the legal minimum retention is refused; customer service only records, the general manager only reads,"
      + " an engineer is kept out")
  void refusalsAndRightsInEnglish() {
    String name = "Erasure Young " + System.nanoTime() % 100000;
    long customer = customer(name);
    DeskBrowserTest.signInToTasklist(browser, "sam");
    browser.open(PAGE + "?lang=en");
    browser.visible(By.cssSelector("#erasure[data-state='ready']"));
    assertThat(browser.bodyText()).contains("Erasure requests and destruction records", "Record an erasure request",
        "Destruction records");
    choose(name, customer);
    date("2099-01-01");
    browser.click(By.id("request-save"));
    browser.visible(By.cssSelector("#request-message[data-result='invalid']"));
    assertThat(browser.visible(By.cssSelector(".as-field-error[data-field='receivedOn']")).getText())
        .isEqualTo("must not lie in the future");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer_erasure_request WHERE customer_id = ?",
        Integer.class, customer)).isZero();

    date("");
    browser.click(By.id("request-save"));
    WebElement message = browser.visible(By.cssSelector("#request-message[data-result='created']"));
    assertThat(message.getText()).isEqualTo(
        "Erasure request recorded; destruction: not destroyed (retention not over or case open).");
    assertThat(browser.driver().findElements(By.cssSelector(".as-field-error"))).isEmpty();
    WebElement row = browser.visible(By.cssSelector("#destructions-table tr.as-destruction[data-status='REFUSED']"));
    assertThat(row.getText()).contains("customer's erasure request", "not destroyed");
    DocsScreens.save(browser, "erasure-requests-en.png");

    signInAs("mary");
    browser.visible(By.cssSelector("#erasure[data-state='ready']"));
    assertThat(browser.driver().findElement(By.id("request-panel")).isDisplayed()).isTrue();
    assertThat(browser.driver().findElement(By.id("records-panel")).isDisplayed()).isFalse();

    signInAs("grace");
    browser.visible(By.cssSelector("#erasure[data-state='ready']"));
    assertThat(browser.driver().findElement(By.id("request-panel")).isDisplayed()).isFalse();
    choose(name, customer);
    assertThat(browser.visible(By.cssSelector("#destructions-table tr.as-destruction[data-status='REFUSED']"))
        .isDisplayed()).isTrue();

    signInAs("eric");
    browser.visible(By.cssSelector("#erasure[data-state='denied']"));
    assertThat(browser.bodyText()).contains("This page is for customer service");
    assertThat(browser.driver().findElements(By.id("request-form"))).isEmpty();
  }

  /** Sets the date field as the date picker would (typing into a date input depends on the browser's locale). */
  private void date(String value) {
    WebElement input = browser.visible(By.cssSelector("#request-form [name='receivedOn']"));
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", input, value);
  }

  private void signInAs(String user) {
    browser.driver().manage().deleteAllCookies();
    DeskBrowserTest.signInToTasklist(browser, user);
    browser.open(PAGE + "?lang=en");
  }

  private void choose(String name, long customer) {
    browser.type(By.id("customer-search"), name);
    browser.click(By.id("customer-find"));
    // the select stays, its options are replaced when the answer comes: read the select's value, not an option
    browser.waitFor(d -> String.valueOf(customer).equals(d.findElement(By.id("customer-choice")).getDomProperty("value")));
  }

  private long customer(String name) {
    return customers.create(new NewCustomer(CustomerKind.PERSON, name, null, null, null, null, "华东", null,
        Classification.NORMAL, CreditGrade.C, BigDecimal.ZERO, null, SecrecyLevel.SECRET), "erasure-test",
        "erasure screen").id();
  }
}
