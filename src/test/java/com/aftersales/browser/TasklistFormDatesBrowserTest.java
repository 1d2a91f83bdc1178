package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.security.StaffGroups;
import com.aftersales.tasklist.StaffFilters;
import com.aftersales.testsupport.Jobs;
import com.aftersales.testsupport.RepairCases;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Dates in Camunda Forms as Chinese staff read and write them: Tasklist in zh-CN shows a form's date as yyyy-MM-dd
 * and takes 2026-12-08 as well as 2026年12月8日 (app/tasklist/scripts/form-dates); an English Tasklist keeps the
 * date picker's own format (month first in an en-US browser). The appointment of the repair dispatch form is the
 * date field worked here, booked by a service manager in Beijing.
 */
class TasklistFormDatesBrowserTest extends BrowserScenario {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final String DISPATCH = "派工并约定上门时间";
  static final String DATE_FIELD = "//*[contains(@class,'fjs-form-field-datetime')]//input[contains(@id,'-date')]";

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;

  @Override
  String browserTimeZone() {
    return "Asia/Shanghai";
  }

  @Test
  @DisplayName("zh-CN: the form's date picker shows yyyy-MM-dd and accepts 2026年12月8日 and 2026-12-08; the appointment is booked on that day")
  @CompletesForms(zh = {"repair-dispatch-engineer"})
  void aChineseTasklistTakesAndShowsChineseDates() {
    reopenBrowserIn("zh-CN");
    RepairCases.AtDispatch atDispatch = RepairCases.atDispatch(rest, taskService, managementService);
    LocalDate day = LocalDate.now(SHANGHAI).plusDays(2);
    String iso = day.format(DateTimeFormatter.ISO_LOCAL_DATE);
    Tasklist tasklist = Tasklist.inChinese(browser);

    tasklist.login("sam", "sam");
    tasklist.openFilter(StaffFilters.filterName(StaffGroups.STAFF.get(StaffGroups.SERVICE_MANAGERS), StaffFilters.GROUP_TASKS));
    tasklist.openTask(atDispatch.caseNumber(), DISPATCH);
    tasklist.claim();
    tasklist.chooseSelect("工程师", "Eric Zhang (eric)");

    WebElement date = browser.visible(By.xpath(DATE_FIELD + "[@data-aftersales-date-format='yyyy-MM-dd']"));
    assertThat(date.getDomAttribute("placeholder")).isEqualTo("yyyy-mm-dd");

    typeDate(date, day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日");
    browser.waitFor(d -> iso.equals(d.findElement(By.xpath(DATE_FIELD)).getDomProperty("value")));
    browser.step("typed in Chinese, shown as " + iso);

    typeDate(browser.visible(By.xpath(DATE_FIELD)), iso);
    browser.waitFor(d -> iso.equals(d.findElement(By.xpath(DATE_FIELD)).getDomProperty("value")));
    browser.step("typed as " + iso);

    WebElement time = browser.visible(By.xpath("//*[contains(@class,'fjs-form-field-datetime')]//input[contains(@id,'-time')]"));
    time.click();
    time.sendKeys("14:30", Keys.ENTER);
    // the calendar opens on the day chosen, its month named in Chinese
    browser.click(By.xpath(DATE_FIELD));
    assertThat(browser.visible(By.cssSelector(".flatpickr-calendar.open .flatpickr-weekdays")).getText()).contains("一", "日");
    browser.visible(By.xpath(DATE_FIELD)).sendKeys(Keys.ESCAPE);

    tasklist.complete();
    tasklist.awaitCompleted();
    Jobs.runDue(managementService, atDispatch.processInstanceId());
    browser.waitFor(d -> taskService.createTaskQuery().processInstanceId(atDispatch.processInstanceId())
        .taskDefinitionKey("Task_DiagnoseOnSite").count() == 1);
    Date booked = (Date) runtimeService.getVariable(atDispatch.processInstanceId(), "appointmentAt");
    assertThat(booked.toInstant()).isEqualTo(LocalDateTime.of(day, java.time.LocalTime.of(14, 30)).atZone(SHANGHAI).toInstant());
  }

  @Test
  @DisplayName("en: an English Tasklist keeps the date picker's own format (12/08/2026 typed, 12/8/2026 shown in an en-US browser)")
  void anEnglishTasklistKeepsTheDatePickersFormat() {
    RepairCases.AtDispatch atDispatch = RepairCases.atDispatch(rest, taskService, managementService);
    LocalDate day = LocalDate.now(SHANGHAI).plusDays(2);
    String typed = day.format(DateTimeFormatter.ofPattern("MM/dd/yyyy"));
    String shown = day.format(DateTimeFormatter.ofPattern("M/d/yyyy")); // the picker's en-US pattern (n/j/Y)
    Tasklist tasklist = new Tasklist(browser);

    tasklist.login("sam", "sam");
    tasklist.openFilter(StaffFilters.filterName(StaffGroups.STAFF.get(StaffGroups.SERVICE_MANAGERS), StaffFilters.GROUP_TASKS));
    tasklist.openTask(atDispatch.caseNumber(), DISPATCH);
    tasklist.claim();
    WebElement date = browser.visible(By.xpath(DATE_FIELD));
    assertThat(date.getDomAttribute("data-aftersales-date-format")).isNull();
    assertThat(date.getDomAttribute("placeholder")).isEqualTo("mm/dd/yyyy");
    typeDate(date, typed);
    browser.waitFor(d -> shown.equals(d.findElement(By.xpath(DATE_FIELD)).getDomProperty("value")));
    browser.step("typed as " + typed + ", shown as " + shown);
  }

  /** Types a date as a person does: into the field, then Enter (the picker reads it then). */
  private void typeDate(WebElement date, String text) {
    browser.click(By.xpath(DATE_FIELD)); // scrolled into view first
    date.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    date.sendKeys(text, Keys.ENTER);
  }
}
