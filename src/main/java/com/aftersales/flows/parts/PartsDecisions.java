package com.aftersales.flows.parts;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * The two decision tables an analyst maintains, evaluated per line: parts-lead-time.dmn and parts-price.dmn.
 * Evaluations go through the engine, so they show in Cockpit's decision history.
 */
@Component
public class PartsDecisions {

  public record LeadTime(int minDays, int maxDays) {
    /** The slower of two lead times: an order is ready when its slowest part is. */
    public LeadTime max(LeadTime other) {
      return new LeadTime(Math.max(minDays, other.minDays), Math.max(maxDays, other.maxDays));
    }
  }

  public record Price(BigDecimal unitPrice, String unit) {}

  private final DecisionService decisionService;

  public PartsDecisions(@org.springframework.context.annotation.Lazy DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  /** @throws IllegalStateException for a category the table does not know (a broken table: an incident) */
  public LeadTime leadTime(String partCategory) {
    DmnDecisionTableResult result = decisionService
        .evaluateDecisionTableByKey(PartsProcess.LEAD_TIME_DECISION)
        .variables(Map.of("partCategory", partCategory))
        .evaluate();
    DmnDecisionRuleResult row = result.getSingleResult();
    if (row == null) {
      throw new IllegalStateException("parts-lead-time has no row for category " + partCategory);
    }
    return new LeadTime(number(row.getEntry("minDays")), number(row.getEntry("maxDays")));
  }

  /** The price-table row of the part, empty when the table has none (the planning manager sets the price). */
  public Optional<Price> price(String part, String size) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("part", part);
    variables.put("size", size);
    DmnDecisionRuleResult row = decisionService
        .evaluateDecisionTableByKey(PartsProcess.PRICE_DECISION)
        .variables(variables)
        .evaluate()
        .getSingleResult();
    if (row == null || row.getEntry("unitPrice") == null) {
      return Optional.empty();
    }
    return Optional.of(new Price(new BigDecimal(row.getEntry("unitPrice").toString()), row.getEntry("unit")));
  }

  private static int number(Object value) {
    return ((Number) value).intValue();
  }
}
