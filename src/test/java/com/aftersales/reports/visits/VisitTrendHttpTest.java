package com.aftersales.reports.visits;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.cases.CaseService;
import com.aftersales.customers.CustomerService;
import com.aftersales.flows.visit.VisitWeek;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@code GET /api/reports/visits}: the week's figures of visits made for the test on the real engine (four key
 * customers' cases closed on a Monday: visited 5/5, visited 2/5 with a complaint, never reached, still open), JSON
 * and CSV, refused input and access. Company zone Asia/Shanghai.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class VisitTrendHttpTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Autowired TestRestTemplate rest;
  @Autowired CustomerService customers;
  @Autowired CaseService cases;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  /** A Monday no other test works on; a database that keeps data gets one of its own per run. */
  LocalDate monday() {
    return LocalDate.parse("2035-06-04");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  @DisplayName("000 第四篇 (二) 回访 / 002 二(五)3: per week the visits that came due, how many of them were done, not reached or still open, and the satisfaction of the visits done, as the visits made for the test give them")
  void weeklyFiguresAreTheVisitsOfTheWeek() {
    LocalDate monday = monday();
    Instant closedAt = monday.atTime(10, 0).atZone(ZONE).toInstant();
    List<VisitWeek.Made> made = new VisitWeek(customers, cases, runtimeService, taskService, managementService)
        .make(closedAt, "Trend " + monday);
    ClockUtil.reset();
    // closed Monday 10:00, called after 24 hours: every first window closes on Tuesday, every visit is done then
    made.forEach(m -> assertThat(LocalDate.ofInstant(m.dueAt(), ZONE)).isEqualTo(monday.plusDays(1)));

    ResponseEntity<JsonNode> answer = rest.withBasicAuth("sam", "sam").getForEntity(
        "/api/reports/visits?from=" + monday.plusDays(2) + "&to=" + monday.plusDays(8), JsonNode.class);
    assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.OK);
    JsonNode trend = answer.getBody();
    assertThat(trend.path("from").asText()).isEqualTo(monday.toString());
    assertThat(trend.path("to").asText()).isEqualTo(monday.plusDays(13).toString());
    assertThat(trend.path("zone").asText()).isEqualTo("Asia/Shanghai");
    assertThat(trend.path("weeks")).hasSize(2);
    JsonNode week = trend.path("weeks").get(0);
    assertThat(week.path("weekStart").asText()).isEqualTo(monday.toString());
    assertThat(week.path("weekEnd").asText()).isEqualTo(monday.plusDays(6).toString());
    assertThat(week.path("due").asLong()).isEqualTo(4);
    assertThat(week.path("done").asLong()).isEqualTo(2);
    assertThat(week.path("unreached").asLong()).isEqualTo(1);
    assertThat(week.path("open").asLong()).isEqualTo(1);
    assertThat(week.path("doneShare").asDouble()).isEqualTo(0.5);
    assertThat(week.path("scored").asLong()).isEqualTo(2);
    assertThat(week.path("averageSatisfaction").asDouble()).isEqualTo(3.5);
    assertThat(week.path("lowScores").asLong()).isEqualTo(1);
    assertThat(week.path("complaints").asLong()).isEqualTo(1);
    JsonNode empty = trend.path("weeks").get(1);
    assertThat(empty.path("due").asLong()).isZero();
    // no share and no average without visits (the API leaves out what is null)
    assertThat(empty.has("doneShare")).isFalse();
    assertThat(empty.has("averageSatisfaction")).isFalse();

    HttpHeaders csv = new HttpHeaders();
    csv.set(HttpHeaders.ACCEPT, "text/csv");
    ResponseEntity<String> sheet = rest.withBasicAuth("grace", "grace").exchange(
        "/api/reports/visits?from=" + monday + "&to=" + monday, HttpMethod.GET, new HttpEntity<>(csv), String.class);
    assertThat(sheet.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(sheet.getBody().split("\r\n")).containsExactly(
        "weekStart,weekEnd,due,done,unreached,open,doneShare,scored,averageSatisfaction,lowScores,complaints",
        monday + "," + monday.plusDays(6) + ",4,2,1,1,0.5,2,3.5,1,1");
  }

  @Test
  @DisplayName("without dates: the last 12 weeks up to this one in the company zone, oldest first")
  void lastTwelveWeeksByDefault() {
    JsonNode trend = rest.withBasicAuth("sam", "sam").getForObject("/api/reports/visits", JsonNode.class);
    LocalDate today = LocalDate.now(ZONE);
    assertThat(trend.path("weeks")).hasSize(12);
    assertThat(LocalDate.parse(trend.path("to").asText())).isAfterOrEqualTo(today).isBefore(today.plusDays(7));
    assertThat(trend.path("weeks").get(0).path("weekStart").asText()).isEqualTo(trend.path("from").asText());
    assertThat(rest.withBasicAuth("sam", "sam").getForObject("/api/reports/visits?weeks=3", JsonNode.class)
        .path("weeks")).hasSize(3);
  }

  @Test
  @DisplayName("bad input is 400 problem+json naming each field; the figures are for managers, the general manager and analysts")
  void badInputAndOtherStaffAreRefused() {
    assertBadFields("/api/reports/visits?weeks=0", "weeks");
    assertBadFields("/api/reports/visits?weeks=many", "weeks");
    assertBadFields("/api/reports/visits?from=2035-06-10&to=2035-06-01", "to");
    assertBadFields("/api/reports/visits?from=yesterday", "from", "to");
    assertBadFields("/api/reports/visits?from=2030-01-01&to=2035-01-01", "to");
    assertBadFields("/api/reports/visits?weeks=4&from=2035-06-01&to=2035-06-10", "weeks");
    assertThat(rest.withBasicAuth("mary", "mary").getForEntity("/api/reports/visits", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.withBasicAuth("ann", "ann").getForEntity("/api/reports/visits", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(rest.getForEntity("/api/reports/visits", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  @DisplayName("Cockpit loads the visit charts with its other sections; the charts are drawn by the plugin itself, nothing from elsewhere")
  void cockpitServesTheVisitChartsPlugin() {
    assertThat(rest.getForObject("/camunda/app/cockpit/scripts/config.js", String.class))
        .contains("'scripts/visit-trends/visit-trends.js'");
    ResponseEntity<String> plugin =
        rest.getForEntity("/camunda/app/cockpit/scripts/visit-trends/visit-trends.js", String.class);
    assertThat(plugin.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(plugin.getHeaders().getContentType().toString()).contains("javascript");
    assertThat(plugin.getBody()).contains("pluginPoint: 'cockpit.dashboard'", "'/api/reports/visits?weeks='")
        .doesNotContain("https://", "cdn", "<script", "innerHTML");
  }

  private void assertBadFields(String path, String... fields) {
    ResponseEntity<JsonNode> answer = rest.withBasicAuth("sam", "sam").getForEntity(path, JsonNode.class);
    assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(answer.getBody().path("errors")).extracting(e -> e.path("field").asText())
        .as(path).containsExactlyInAnyOrder(fields);
  }
}
