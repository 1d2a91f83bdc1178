package com.aftersales.flows.visit;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.customers.Classification;
import com.aftersales.customers.CustomerService;
import com.aftersales.flows.visit.VisitProcess.Reason;
import com.aftersales.flows.visit.VisitProcess.Vars;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The follow-up of recent installations over HTTP, time set by the engine clock: the customers whose product was
 * installed in the last three months are selected and their return-visit calls start. A day of 2034 no other test
 * installs products on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RecentlyInstalledVisitsHttpTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final LocalDate TODAY = LocalDate.parse("2034-09-12");

  @Autowired TestRestTemplate rest;
  @Autowired CustomerService customers;
  @Autowired RuntimeService runtimeService;
  @Autowired VisitPlanScan scan;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  @DisplayName("000 第四篇 四(三)3 对近三个月安装的客户进行跟进回访: customers installed in the last three months are selected and their return-visit calls start, once; earlier installations are left out (the SMS itself is out of scope)")
  void customersInstalledInTheLastThreeMonthsGetAFollowUpCall() {
    ClockUtil.setCurrentTime(Date.from(TODAY.atTime(9, 0).atZone(ZONE).toInstant()));
    long recent = VisitCases.customer(customers, "Recent Install Tang", Classification.NORMAL);
    long older = VisitCases.customer(customers, "Older Install Song", Classification.NORMAL);
    register(recent, TODAY.minusMonths(3));
    register(older, TODAY.minusMonths(3).minusDays(1));

    ResponseEntity<JsonNode> planned = rest.withBasicAuth("sam", "sam")
        .postForEntity("/api/visit-plans/recently-installed", null, JsonNode.class);
    assertThat(planned.getStatusCode()).as(String.valueOf(planned.getBody())).isEqualTo(HttpStatus.CREATED);
    List<Long> planned_customers = new ArrayList<>();
    planned.getBody().forEach(p -> planned_customers.add(p.path("customerId").asLong()));
    assertThat(planned_customers).contains(recent).doesNotContain(older);
    JsonNode plan = null;
    for (JsonNode p : planned.getBody()) {
      if (p.path("customerId").asLong() == recent) {
        plan = p;
      }
    }
    assertThat(plan.path("kind").asText()).isEqualTo("campaign");
    assertThat(plan.path("firstDate").asText()).isEqualTo(TODAY.toString());
    long planId = plan.path("id").asLong();

    JsonNode again = rest.withBasicAuth("sam", "sam")
        .postForEntity("/api/visit-plans/recently-installed", null, JsonNode.class).getBody();
    List<Long> againCustomers = new ArrayList<>();
    again.forEach(p -> againCustomers.add(p.path("customerId").asLong()));
    assertThat(againCustomers).as("planned today already").doesNotContain(recent);

    scan.scan();
    ProcessInstance visit = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(VisitPlan.visitNumber(planId, TODAY)).singleResult();
    assertThat(visit).isNotNull();
    assertThat(runtimeService.getVariable(visit.getId(), Vars.VISIT_REASON)).isEqualTo(Reason.CAMPAIGN.name());
    assertThat(runtimeService.getVariable(visit.getId(), "customerId")).isEqualTo(recent);

    assertThat(rest.withBasicAuth("mary", "mary").postForEntity("/api/visit-plans/recently-installed", null,
        JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.withBasicAuth("sam", "sam").postForEntity("/api/visit-plans/recently-installed?months=0", null,
        JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  private void register(long customerId, LocalDate installedOn) {
    ResponseEntity<JsonNode> product = rest.withBasicAuth("cora", "cora").postForEntity(
        "/api/customers/" + customerId + "/products", Map.of("model", "WM-1200",
            "serialNumber", "SN-RI-" + System.nanoTime(), "purchaseDate", installedOn.toString(),
            "installedOn", installedOn.toString()), JsonNode.class);
    assertThat(product.getStatusCode()).as(String.valueOf(product.getBody())).isEqualTo(HttpStatus.CREATED);
  }
}
