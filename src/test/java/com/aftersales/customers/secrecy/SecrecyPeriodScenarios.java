package com.aftersales.customers.secrecy;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.customers.Classification;
import com.aftersales.customers.CreditGrade;
import com.aftersales.customers.Customer;
import com.aftersales.customers.CustomerKind;
import com.aftersales.customers.CustomerService;
import com.aftersales.customers.NewCustomer;
import com.aftersales.customers.SecrecyLevel;
import com.aftersales.testsupport.Jobs;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The secrecy period of an archive (002 二(一) 7.2.4) over HTTP and the daily declassification, on H2
 * ({@link SecrecyPeriodTest}) and PostgreSQL ({@link SecrecyPeriodPostgresTest}, the V400_2 migration).
 */
abstract class SecrecyPeriodScenarios {

  static final String RULE = "002 二(一) 7.2.4 标明密级，并确定保密期限，保密期限届满，自行解密";

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired CustomerService customers;
  @Autowired SecrecyPeriods periods;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;

  ResponseEntity<String> put(String user, long customerId, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, user);
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.exchange("/api/customers/" + customerId + "/secrecy-period", HttpMethod.PUT,
        new HttpEntity<>(body, headers), String.class);
  }

  @Test
  @DisplayName(RULE + ": the keepers set the period; bad dates are refused naming the field; others get 403")
  void theKeepersSetThePeriod() throws Exception {
    Customer customer = customer(SecrecyLevel.CONFIDENTIAL);
    LocalDate until = LocalDate.now().plusYears(2);
    ResponseEntity<String> set = put("sam", customer.id(), "{\"until\":\"" + until + "\"}");
    assertThat(set.getStatusCode().value()).as(set.getBody()).isEqualTo(200);
    assertThat(jdbc.queryForObject("SELECT secrecy_until FROM customer WHERE id = ?", LocalDate.class,
        customer.id())).isEqualTo(until);
    for (String bad : new String[] {"{}", "{\"until\":\"2020-01-01\"}", "{\"until\":\"morgen\"}",
        "{\"until\":\"" + LocalDate.now().plusYears(60) + "\"}"}) {
      ResponseEntity<String> refused = put("mary", customer.id(), bad);
      assertThat(refused.getStatusCode().value()).as(bad).isEqualTo(400);
      assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
      assertThat(json.readTree(refused.getBody()).at("/errors/0/field").asText()).isEqualTo("until");
    }
    assertThat(put("eric", customer.id(), "{\"until\":\"" + until + "\"}").getStatusCode().value()).isEqualTo(403);
    assertThat(periods.history(customer.id())).singleElement()
        .satisfies(c -> assertThat(c.changedBy()).isEqualTo("sam"));
  }

  @Test
  @DisplayName(RULE + ": the keepers read the level now, the period's last day and its changes; others get 403")
  void theKeepersReadTheLevelAndPeriod() throws Exception {
    Customer customer = customer(SecrecyLevel.TOP_SECRET);
    HttpHeaders cora = new HttpHeaders();
    cora.setBasicAuth("cora", "cora");
    String path = "/api/customers/" + customer.id() + "/secrecy";
    ResponseEntity<String> before = http.exchange(path, HttpMethod.GET, new HttpEntity<>(cora), String.class);
    assertThat(before.getStatusCode().value()).as(before.getBody()).isEqualTo(200);
    JsonNode none = json.readTree(before.getBody());
    assertThat(none.path("secrecyLevel").asText()).isEqualTo("TOP_SECRET");
    assertThat(none.hasNonNull("secrecyUntil")).as("no period set").isFalse();
    assertThat(none.path("changes").size()).isZero();

    LocalDate until = LocalDate.now().plusYears(3);
    assertThat(put("mary", customer.id(), "{\"until\":\"" + until + "\"}").getStatusCode().value()).isEqualTo(200);
    JsonNode after = json.readTree(http.exchange(path, HttpMethod.GET, new HttpEntity<>(cora), String.class)
        .getBody());
    assertThat(after.path("secrecyUntil").asText()).isEqualTo(until.toString());
    assertThat(after.path("changes").size()).isEqualTo(1);
    assertThat(after.at("/changes/0/changedBy").asText()).isEqualTo("mary");

    HttpHeaders grace = new HttpHeaders();
    grace.setBasicAuth("grace", "grace");
    assertThat(http.exchange(path, HttpMethod.GET, new HttpEntity<>(grace), String.class).getStatusCode().value())
        .as("the general manager keeps no archive").isEqualTo(403);
    assertThat(http.exchange("/api/customers/999999999/secrecy", HttpMethod.GET, new HttpEntity<>(cora),
        String.class).getStatusCode().value()).isEqualTo(404);
  }

  @Test
  @DisplayName(RULE + ": the daily scan declassifies an archive whose period ended, with a record, once")
  void theDailyScanDeclassifiesEndedPeriods() {
    Customer ended = customer(SecrecyLevel.TOP_SECRET);
    Customer running = customer(SecrecyLevel.CONFIDENTIAL);
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    jdbc.update("UPDATE customer SET secrecy_until = ? WHERE id = ?", java.sql.Date.valueOf(today.minusDays(1)),
        ended.id());
    jdbc.update("UPDATE customer SET secrecy_until = ? WHERE id = ?", java.sql.Date.valueOf(today), running.id());
    Job timer = managementService.createJobQuery().processDefinitionKey(SecrecyPeriods.PROCESS_KEY).timers()
        .singleResult();
    assertThat(timer).as("the daily start timer is scheduled").isNotNull();

    for (int run = 0; run < 2; run++) {
      ProcessInstance scan = runtimeService.startProcessInstanceByKey(SecrecyPeriods.PROCESS_KEY);
      Jobs.runDue(managementService, scan.getId());
    }

    assertThat(jdbc.queryForObject("SELECT secrecy_level FROM customer WHERE id = ?", String.class, ended.id()))
        .isEqualTo("SECRET");
    assertThat(jdbc.queryForObject("SELECT secrecy_until FROM customer WHERE id = ?", LocalDate.class, ended.id()))
        .isNull();
    assertThat(periods.history(ended.id())).singleElement().satisfies(c -> {
      assertThat(c.from()).isEqualTo(SecrecyLevel.TOP_SECRET);
      assertThat(c.to()).isEqualTo(SecrecyLevel.SECRET);
      assertThat(c.reason()).contains("届满，自行解密");
      assertThat(c.changedBy()).isEqualTo(SecrecyPeriods.SYSTEM);
    });
    assertThat(jdbc.queryForObject("SELECT secrecy_level FROM customer WHERE id = ?", String.class, running.id()))
        .as("the period's last day still holds").isEqualTo("CONFIDENTIAL");
    assertThat(periods.history(running.id())).isEmpty();
    assertThat(periods.declassifyEnded(today, Instant.now())).doesNotContain(ended.id());
  }

  Customer customer(SecrecyLevel level) {
    String phone = "132" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    return customers.create(new NewCustomer(CustomerKind.ORGANISATION, "保密期限 " + phone, null, phone, null, null,
        "华东", null, Classification.KEY, CreditGrade.B, BigDecimal.ZERO, null, level), "test", "保密期限测试");
  }
}
