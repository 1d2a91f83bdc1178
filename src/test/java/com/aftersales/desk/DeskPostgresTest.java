package com.aftersales.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.NewCase;
import com.aftersales.mail.JdbcOutbox;
import com.aftersales.testsupport.PostgresAvailable;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The desk's search (phone with separators, name with LIKE wildcards typed literally, serial number), the case file,
 * the customer's status lookup and the satisfaction survey's table on PostgreSQL 15.
 */
@PostgresAvailable
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "pgtest"})
class DeskPostgresTest {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired CaseService caseService;
  @Autowired RuntimeService runtimeService;
  @Autowired JdbcOutbox outbox;

  @Test
  void searchCaseFileStatusAndSatisfactionWorkOnPostgres() {
    assertThat(jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL");
    String serial = "SN-PG-" + UUID.randomUUID().toString().substring(0, 8);
    String name = "Lin 100%_" + UUID.randomUUID().toString().substring(0, 4);
    String caseNumber = caseService.open(new NewCase("repair", "phone", name, "+86 (21) 5555-0123", null, null,
        "WM-1200", serial, null, Boolean.TRUE, "PostgreSQL desk", null)).caseNumber();
    String phoneDigits = "862155550123";
    TestRestTemplate mary = rest.withBasicAuth("mary", "mary");

    for (String q : new String[] {caseNumber, serial.toLowerCase(), phoneDigits.substring(2), name.substring(0, 9)}) {
      JsonNode hits = mary.getForEntity("/api/desk/cases?q={q}", JsonNode.class, q).getBody();
      assertThat(hits).as(q).extracting(h -> h.path("caseNumber").asText()).contains(caseNumber);
    }
    // % and _ are letters here, not wildcards
    assertThat(mary.getForEntity("/api/desk/cases?q={q}", JsonNode.class, "Lin 1_0%").getBody())
        .extracting(h -> h.path("caseNumber").asText()).doesNotContain(caseNumber);
    assertThat(mary.getForEntity("/api/desk/cases/" + caseNumber, JsonNode.class).getBody().path("customer")
        .path("name").asText()).isEqualTo(name);

    ResponseEntity<JsonNode> status = rest.postForEntity("/api/customer/status",
        Map.of("caseNumber", caseNumber, "phoneLastFour", phoneDigits.substring(phoneDigits.length() - 4)),
        JsonNode.class);
    assertThat(status.getStatusCode()).isEqualTo(HttpStatus.OK);

    String instance = runtimeService.createProcessInstanceByKey("repair").businessKey(caseNumber)
        .setVariables(Map.of("caseNumber", caseNumber, "engineer", "eric"))
        .startBeforeActivity("Task_FollowUpCall").execute().getId();
    caseService.attachProcessInstance(caseNumber, instance);
    String body = outbox.forCase(caseNumber).stream().filter(m -> "follow-up-satisfaction".equals(m.template()))
        .findFirst().orElseThrow().body();
    Matcher token = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(body);
    assertThat(token.find()).isTrue();
    assertThat(rest.postForEntity("/api/customer/satisfaction",
        Map.of("caseNumber", caseNumber, "token", token.group(1), "score", 4), Void.class).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(jdbc.queryForObject("SELECT score FROM satisfaction_survey WHERE case_number = ?", Integer.class,
        caseNumber)).isEqualTo(4);
    assertThat(runtimeService.getVariable(instance, "satisfaction")).isEqualTo(4);
  }
}
