package com.aftersales.flows.visit;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.customers.Classification;
import com.aftersales.customers.CustomerService;
import com.aftersales.flows.visit.VisitProcess.Reason;
import com.aftersales.flows.visit.VisitProcess.Recurrence;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.StreamUtils;

/**
 * Merging two archive records of one customer moves the duplicate's visit plans to the survivor: the survivor's list
 * shows them and their visits name the survivor. Plans of customers merged before are moved by migration V430_1.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class VisitPlanMergeTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Autowired TestRestTemplate rest;
  @Autowired CustomerService customers;
  @Autowired VisitPlanService plans;
  @Autowired VisitPlanScan scan;
  @Autowired RuntimeService runtimeService;
  @Autowired JdbcTemplate jdbc;

  /** A Wednesday no other visit test works on; a database that keeps data gets one of its own per run. */
  LocalDate planDay() {
    return LocalDate.parse("2034-05-03");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  @DisplayName("a merge moves the duplicate's visit plans to the survivor: listed under the survivor, its visits name the survivor")
  void mergeMovesTheDuplicatesVisitPlans() {
    LocalDate day = planDay();
    at(day.minusDays(2));
    long survivor = VisitCases.customer(customers, "Merge Plan Survivor", Classification.NORMAL);
    long duplicate = VisitCases.customer(customers, "Merge Plan Duplicate", Classification.NORMAL);
    long planId = plans.create(new VisitPlanService.NewPlan(Reason.PLAN, "季度回访", duplicate, null,
        Recurrence.QUARTERLY, day, null), List.of(), "sam").id();

    customers.merge(survivor, duplicate);

    JsonNode ofSurvivor = rest.withBasicAuth("sam", "sam")
        .getForObject("/api/visit-plans?customerId=" + survivor, JsonNode.class);
    assertThat(ofSurvivor).extracting(p -> p.path("id").asLong()).containsExactly(planId);
    assertThat(ofSurvivor.get(0).path("customerId").asLong()).isEqualTo(survivor);
    assertThat(rest.withBasicAuth("sam", "sam")
        .getForObject("/api/visit-plans?customerId=" + duplicate, JsonNode.class)).isEmpty();

    at(day);
    scan.scan();
    ProcessInstance visit = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(VisitProcess.PROCESS_KEY)
        .processInstanceBusinessKey(VisitPlan.visitNumber(planId, day)).singleResult();
    assertThat(visit).isNotNull();
    assertThat(runtimeService.getVariable(visit.getId(), "customerId")).isEqualTo(survivor);
  }

  @Test
  @DisplayName("migration V430_1 moves the plans of customers merged earlier to their survivor and leaves other plans alone")
  void migrationMovesPlansOfCustomersMergedEarlier() throws Exception {
    at(planDay().minusDays(2));
    long survivor = VisitCases.customer(customers, "Early Merge Survivor", Classification.NORMAL);
    long duplicate = VisitCases.customer(customers, "Early Merge Duplicate", Classification.NORMAL);
    long other = VisitCases.customer(customers, "Early Merge Bystander", Classification.NORMAL);
    long stale = plans.create(new VisitPlanService.NewPlan(Reason.FESTIVAL, "春节回访", duplicate, null,
        Recurrence.ONCE, planDay(), null), List.of(), "sam").id();
    long untouched = plans.create(new VisitPlanService.NewPlan(Reason.PLAN, "月度回访", other, null,
        Recurrence.MONTHLY, planDay(), null), List.of(), "sam").id();
    // merged as before V430_1: the customer row says so, the plan still names the duplicate
    jdbc.update("UPDATE customer SET merged_into = ? WHERE id = ?", survivor, duplicate);

    String script = StreamUtils.copyToString(
        new ClassPathResource("db/migration/V430_1__visit_plans_of_merged_customers.sql").getInputStream(),
        StandardCharsets.UTF_8);
    jdbc.execute(script.replaceAll("(?m)^--.*$", "").trim().replaceAll(";$", ""));

    assertThat(jdbc.queryForObject("SELECT customer_id FROM visit_plan WHERE id = ?", Long.class, stale))
        .isEqualTo(survivor);
    assertThat(jdbc.queryForObject("SELECT customer_id FROM visit_plan WHERE id = ?", Long.class, untouched))
        .isEqualTo(other);
  }

  private static void at(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(8, 0).atZone(ZONE).toInstant()));
  }

  /** The Wednesday {@code weeks} after 2060-01-07, for databases that keep data between runs. */
  static LocalDate wednesdayAfter(long weeks) {
    return LocalDate.parse("2060-01-07").plusWeeks(weeks).with(TemporalAdjusters.previousOrSame(DayOfWeek.WEDNESDAY));
  }
}
