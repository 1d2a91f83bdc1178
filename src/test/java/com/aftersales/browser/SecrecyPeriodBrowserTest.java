package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.customers.Classification;
import com.aftersales.customers.CreditGrade;
import com.aftersales.customers.CustomerKind;
import com.aftersales.customers.CustomerService;
import com.aftersales.customers.NewCustomer;
import com.aftersales.customers.SecrecyLevel;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The secrecy-period screen ({@code /desk/secrecy.html}) in Chromium, signed in to Tasklist: the archive's keepers
 * see an archive's secrecy level and period ({@code GET /api/customers/{id}/secrecy}) and set the period
 * ({@code PUT /api/customers/{id}/secrecy-period}); a refused date is shown next to its field; other groups are kept
 * out. In Chinese and English; the screens go to docs/screens/.
 */
class SecrecyPeriodBrowserTest extends BrowserScenario {

  static final String PAGE = "/desk/secrecy.html";
  static final String RULE = "002 二(一) 7.2.4 标明密级，并确定保密期限，保密期限届满，自行解密";
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Autowired CustomerService customers;
  @Autowired JdbcTemplate jdbc;

  @Test
  @DisplayName(RULE + ": the customer-information supervisor sets the period of a 机密 archive, in Chinese, and sees"
      + " it with its change")
  void supervisorSetsThePeriodInChinese() {
    String name = "保密期限客户" + System.nanoTime() % 100000;
    long customer = customer(name, SecrecyLevel.CONFIDENTIAL);
    LocalDate until = LocalDate.now(ZONE).plusYears(2);
    reopenBrowserIn("zh-CN");
    DeskBrowserTest.signInToTasklist(browser, "cora");
    browser.open(PAGE);
    browser.visible(By.cssSelector("#secrecy[data-state='ready']"));
    assertThat(browser.bodyText()).contains("客户档案保密期限", "确定保密期限", "保密期限届满的次日自动解密");
    choose(name, customer);
    WebElement current = browser.visible(By.cssSelector("#secrecy-current[data-customer-id='" + customer + "']"));
    assertThat(current.getAttribute("data-level")).isEqualTo("CONFIDENTIAL");
    assertThat(current.getText()).contains("机密", "未定保密期限");
    assertThat(browser.bodyText()).contains("没有变更记录。");

    date(until.toString());
    browser.click(By.id("period-save"));
    assertThat(browser.visible(By.cssSelector("#period-message[data-result='saved']")).getText())
        .isEqualTo("保密期限已定至 " + until + "。");
    browser.visible(By.cssSelector("#secrecy-current[data-until='" + until + "']"));
    assertThat(jdbc.queryForObject("SELECT secrecy_until FROM customer WHERE id = ?", Date.class, customer)
        .toLocalDate()).isEqualTo(until);
    WebElement change = browser.visible(By.cssSelector("#secrecy-table tr.as-secrecy-change"));
    assertThat(change.getText()).contains("机密", until.toString(), "保密期限定至 " + until, "cora");
    DocsScreens.save(browser, "secrecy-period-zh-CN.png");
  }

  @Test
  @DisplayName(RULE + ": in English, a day that is not after today is refused next to its field and nothing changes;"
      + " the general manager, who keeps no archive, is kept out")
  void refusedDayInEnglishAndOthersKeptOut() {
    String name = "Secrecy Period " + System.nanoTime() % 100000;
    long customer = customer(name, SecrecyLevel.TOP_SECRET);
    DeskBrowserTest.signInToTasklist(browser, "mary");
    browser.open(PAGE + "?lang=en");
    browser.visible(By.cssSelector("#secrecy[data-state='ready']"));
    assertThat(browser.bodyText()).contains("Secrecy periods of customer archives", "Set the secrecy period");
    choose(name, customer);
    assertThat(browser.visible(By.cssSelector("#secrecy-current[data-customer-id='" + customer + "']")).getText())
        .contains("绝密 (top secret)", "no secrecy period set");

    date(LocalDate.now(ZONE).toString());
    browser.click(By.id("period-save"));
    browser.visible(By.cssSelector("#period-message[data-result='invalid']"));
    assertThat(browser.visible(By.cssSelector(".as-field-error[data-field='until']")).getText())
        .isEqualTo("must lie after today and within 50 years");
    assertThat(jdbc.queryForObject("SELECT secrecy_until FROM customer WHERE id = ?", Date.class, customer)).isNull();
    DocsScreens.save(browser, "secrecy-period-en.png");

    LocalDate until = LocalDate.now(ZONE).plusMonths(6);
    date(until.toString());
    browser.click(By.id("period-save"));
    browser.visible(By.cssSelector("#period-message[data-result='saved']"));
    assertThat(browser.driver().findElements(By.cssSelector(".as-field-error"))).isEmpty();
    assertThat(browser.visible(By.id("secrecy-until")).getText()).isEqualTo(until.toString());

    browser.driver().manage().deleteAllCookies();
    DeskBrowserTest.signInToTasklist(browser, "grace");
    browser.open(PAGE + "?lang=en");
    browser.visible(By.cssSelector("#secrecy[data-state='denied']"));
    assertThat(browser.bodyText()).contains("This page is for customer service");
    assertThat(browser.driver().findElements(By.id("period-form"))).isEmpty();
  }

  private void choose(String name, long customer) {
    browser.type(By.id("customer-search"), name);
    browser.click(By.id("customer-find"));
    // the select stays, its options are replaced when the answer comes: read the select's value, not an option
    browser.waitFor(d -> String.valueOf(customer).equals(d.findElement(By.id("customer-choice")).getDomProperty("value")));
  }

  /** Sets the date field as the date picker would (typing into a date input depends on the browser's locale). */
  private void date(String value) {
    WebElement input = browser.visible(By.cssSelector("#period-form [name='until']"));
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", input, value);
  }

  private long customer(String name, SecrecyLevel level) {
    return customers.create(new NewCustomer(CustomerKind.PERSON, name, null, null, null, null, "华北", null,
        Classification.KEY, CreditGrade.B, BigDecimal.ZERO, null, level), "secrecy-test", "secrecy screen").id();
  }
}
