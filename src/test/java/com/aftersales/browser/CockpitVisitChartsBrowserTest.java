package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.cases.CaseService;
import com.aftersales.customers.CustomerService;
import com.aftersales.flows.repair.RepairProcess.SpotCheckMethod;
import com.aftersales.flows.repair.RepairProcess.SpotCheckResult;
import com.aftersales.flows.repair.RepairService;
import com.aftersales.flows.visit.VisitWeek;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A service manager opens Cockpit in Chinese and in English and finds, next to the SLA section, the staff view with
 * each engineer's failed spot checks and the return-visit charts (visits due and done per week, satisfaction per
 * week): every figure and every chart value is the API's ({@code /api/reports/staff}, {@code /api/reports/visits}),
 * and the visits made for the test (four key customers' cases three weeks ago: visited 5/5, visited 2/5, never
 * reached, still open) and the failed spot check made for it show in them.
 */
class CockpitVisitChartsBrowserTest extends BrowserScenario {

  static final String COCKPIT = "/camunda/app/cockpit/default/";
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Autowired TestRestTemplate rest;
  @Autowired CustomerService customers;
  @Autowired CaseService cases;
  @Autowired RuntimeService runtimeService;
  @Autowired RepairService repairs;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  @DisplayName("中文 Cockpit: 员工绩效 shows 抽检不合格 per engineer and 回访趋势 draws the visits due, done and the satisfaction per week, all as the API gives them")
  void serviceManagerSeesStaffAndVisitChartsInChinese() {
    Map<String, Map<String, Double>> before = weeks();
    List<VisitWeek.Made> made = visitsThreeWeeksAgo("图表");
    failedSpotCheckOf("eric");
    reopenBrowserIn("zh-CN");
    logIn("sam", "用户名", "密码");

    WebElement staff = browser.visible(By.cssSelector("#staff-performance[data-state='ready']"));
    assertThat(staff.getText()).contains("员工绩效", "抽检不合格");
    assertStaffViewIsTheApi(staff, "eric");
    WebElement visits = ready(By.cssSelector("#visit-trends"));
    assertThat(visits.getText()).contains("回访趋势（最近 12 周）", "应访", "已访", "平均满意度", "未联系上")
        .doesNotContain("Return visits");
    assertThat(browser.driver().findElement(By.cssSelector("#visit-due-chart title")).getAttribute("textContent"))
        .isEqualTo("每周回访：应访与已访");
    assertThat(browser.driver().findElement(By.id("visit-plans-link")).getText()).isEqualTo("回访计划");
    assertChartsAreTheApi(visits, before, made);
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", visits);
    DocsScreens.save(browser, "cockpit-visits-zh-CN.png");
  }

  @Test
  @DisplayName("an English Cockpit shows the same figures and charts in English")
  void serviceManagerSeesStaffAndVisitChartsInEnglish() {
    Map<String, Map<String, Double>> before = weeks();
    List<VisitWeek.Made> made = visitsThreeWeeksAgo("Charts");
    failedSpotCheckOf("emma");
    logIn("sam", "Username", "Password");

    WebElement staff = browser.visible(By.cssSelector("#staff-performance[data-state='ready']"));
    assertThat(staff.getText()).contains("Staff performance", "Failed spot checks");
    assertStaffViewIsTheApi(staff, "emma");
    WebElement visits = ready(By.cssSelector("#visit-trends"));
    assertThat(visits.getText()).contains("Return visits (last 12 weeks)", "Due", "Done", "Satisfaction",
        "Not reached").doesNotContain("回访");
    assertThat(browser.driver().findElement(By.id("visit-plans-link")).getAttribute("href"))
        .endsWith("/desk/visit-plans.html?lang=en");
    assertChartsAreTheApi(visits, before, made);
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", visits);
    DocsScreens.save(browser, "cockpit-visits-en.png");
  }

  /** The section once it has loaded (two minutes: a busy machine), ready; else its own message says why. */
  private WebElement ready(By section) {
    WebElement element = new WebDriverWait(browser.driver(), Duration.ofMinutes(2)).until(d -> {
      WebElement e = d.findElement(section);
      return "loading".equals(e.getAttribute("data-state")) ? null : e;
    });
    assertThat(element.getAttribute("data-state")).as(element.getText()).isEqualTo("ready");
    return element;
  }

  /** Four key customers' cases closed on the Monday three weeks ago, 10:00, and their visits as staff did them. */
  private List<VisitWeek.Made> visitsThreeWeeksAgo(String tag) {
    LocalDate monday = LocalDate.now(ZONE).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(3);
    Instant closedAt = monday.atTime(10, 0).atZone(ZONE).toInstant();
    List<VisitWeek.Made> made = new VisitWeek(customers, cases, runtimeService, taskService, managementService)
        .make(closedAt, tag + " " + System.nanoTime());
    ClockUtil.reset();
    return made;
  }

  /** A repair case of today whose quality spot check failed: recorded against the engineer (003 四.2). */
  private void failedSpotCheckOf(String engineer) {
    ResponseEntity<JsonNode> created = rest.withBasicAuth("mary", "mary").postForEntity("/api/service-requests",
        Map.of("type", "repair", "channel", "phone",
            "customer", Map.of("name", "Spot Check Customer", "phone", "13600136002"),
            "product", Map.of("model", "WM-1200", "serialNumber", "SN-SC-" + System.nanoTime(),
                "purchaseDate", "2026-06-01", "purchaseProof", true),
            "description", "Door seal leaks"),
        JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    repairs.spotCheck(created.getBody().path("caseNumber").asText(), SpotCheckMethod.PHONE, SpotCheckResult.FAILED,
        "门封条仍漏水", "sam", engineer);
  }

  /** Every figure of every person on the page is the staff report's; the engineer shows at least one failed check. */
  private void assertStaffViewIsTheApi(WebElement section, String engineer) {
    String query = "?from=" + section.getAttribute("data-from") + "&to=" + section.getAttribute("data-to");
    JsonNode report = rest.withBasicAuth("sam", "sam").getForObject("/api/reports/staff" + query, JsonNode.class);
    Map<String, Double> api = new HashMap<>();
    for (JsonNode p : report.path("people")) {
      p.path("figures").fields().forEachRemaining(f -> api.put(p.path("userId").asText() + "/" + f.getKey(),
          f.getValue().isNull() ? null : f.getValue().asDouble()));
    }
    int cells = 0;
    for (WebElement person : section.findElements(By.cssSelector("#staff-table tr.staff-person"))) {
      for (WebElement cell : person.findElements(By.cssSelector("td.staff-figure"))) {
        String key = person.getAttribute("data-user-id") + "/" + cell.getAttribute("data-figure");
        assertThat(number(cell.getText())).as(key).isEqualTo(api.get(key));
        cells++;
      }
    }
    assertThat(cells).isGreaterThan(0);
    assertThat(number(section.findElement(By.cssSelector(
        "tr.staff-person[data-user-id='" + engineer + "'] td.staff-figure[data-figure='spotChecksFailed']")).getText()))
        .isGreaterThanOrEqualTo(1.0);
  }

  /**
   * The table and both charts show exactly the API's weeks, and the API's weeks grew by the made visits: in the
   * week they came due, 4 due, 2 done, 1 not reached, 1 open; in the week they were done, 2 scores, 1 low, 1
   * complaint.
   */
  private void assertChartsAreTheApi(WebElement section, Map<String, Map<String, Double>> before,
      List<VisitWeek.Made> made) {
    JsonNode trend = rest.withBasicAuth("sam", "sam").getForObject(
        "/api/reports/visits?from=" + section.getAttribute("data-from") + "&to=" + section.getAttribute("data-to"),
        JsonNode.class);
    assertThat(trend.path("weeks")).hasSize(12);
    for (JsonNode week : trend.path("weeks")) {
      String start = week.path("weekStart").asText();
      WebElement row = section.findElement(By.cssSelector("#visit-trend-table tr.visit-week[data-week-start='"
          + start + "']"));
      for (WebElement cell : row.findElements(By.cssSelector("td.visit-figure"))) {
        String figure = cell.getAttribute("data-figure");
        assertThat(number(cell.getText())).as(start + "/" + figure).isEqualTo(value(week, figure));
      }
      WebElement bars = section.findElement(By.cssSelector("#visit-due-chart g.visit-due-week[data-week-start='"
          + start + "']"));
      assertThat(bars.getAttribute("data-due")).as(start + " due bar").isEqualTo(week.path("due").asText());
      assertThat(bars.getAttribute("data-done")).as(start + " done bar").isEqualTo(week.path("done").asText());
      WebElement score = section.findElement(By.cssSelector(
          "#visit-satisfaction-chart g.visit-score[data-week-start='" + start + "']"));
      assertThat(number(score.getAttribute("data-value"))).as(start + " satisfaction point")
          .isEqualTo(value(week, "averageSatisfaction"));
    }

    Map<String, Map<String, Double>> after = weeks(trend);
    String dueWeek = weekOf(made.get(0).dueAt());
    made.forEach(m -> assertThat(weekOf(m.dueAt())).isEqualTo(dueWeek));
    String doneWeek = weekOf(made.get(0).visitedAt());
    Map<String, Double> dueGrowth = Map.of("due", 4.0, "done", 2.0, "unreached", 1.0, "open", 1.0);
    dueGrowth.forEach((figure, growth) -> assertThat(after.get(dueWeek).get(figure) - before.get(dueWeek).get(figure))
        .as(dueWeek + "/" + figure).isEqualTo(growth));
    Map<String, Double> doneGrowth = Map.of("scored", 2.0, "lowScores", 1.0, "complaints", 1.0);
    doneGrowth.forEach((figure, growth) -> assertThat(after.get(doneWeek).get(figure)
        - before.get(doneWeek).get(figure)).as(doneWeek + "/" + figure).isEqualTo(growth));
  }

  /** The last 12 weeks' counts as the API gives them now: week start → figure → value. */
  private Map<String, Map<String, Double>> weeks() {
    return weeks(rest.withBasicAuth("sam", "sam").getForObject("/api/reports/visits?weeks=12", JsonNode.class));
  }

  private static Map<String, Map<String, Double>> weeks(JsonNode trend) {
    Map<String, Map<String, Double>> weeks = new HashMap<>();
    for (JsonNode week : trend.path("weeks")) {
      Map<String, Double> figures = new HashMap<>();
      for (String figure : List.of("due", "done", "unreached", "open", "scored", "lowScores", "complaints")) {
        figures.put(figure, week.path(figure).asDouble());
      }
      weeks.put(week.path("weekStart").asText(), figures);
    }
    return weeks;
  }

  private static String weekOf(Instant instant) {
    return LocalDate.ofInstant(instant, ZONE).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
  }

  /** A figure of the API's week; null when the API leaves it out (no share, no average). */
  private static Double value(JsonNode week, String figure) {
    JsonNode value = week.path(figure);
    return value.isMissingNode() || value.isNull() ? null : value.asDouble();
  }

  /** A figure as the page shows it: a number, or null for "–". */
  private static Double number(String text) {
    String trimmed = text == null ? "" : text.trim();
    return "–".equals(trimmed) ? null : Double.valueOf(trimmed);
  }

  /** Logs in on Cockpit's own form, whose placeholders are in the page's language. */
  private void logIn(String user, String usernamePlaceholder, String passwordPlaceholder) {
    browser.open(COCKPIT);
    // a cold Cockpit on a busy machine takes longer than the browser's usual wait to show its login
    new WebDriverWait(browser.driver(), Duration.ofSeconds(120)).until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("input[placeholder='" + usernamePlaceholder + "']")));
    browser.type(By.cssSelector("input[placeholder='" + usernamePlaceholder + "']"), user);
    browser.type(By.cssSelector("input[placeholder='" + passwordPlaceholder + "']"), user);
    browser.click(By.cssSelector("button[type='submit']"));
  }
}
