package com.aftersales.flows.repair;

import com.aftersales.flows.repair.RepairProcess.EngineerLevel;
import com.aftersales.flows.repair.RepairProcess.RepairDifficulty;
import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The labour line of a chargeable repair (rulebook 003 九.1: 维修工时费应根据维修工程师的级别和维修难度制定): the row of
 * labour-rate.dmn for the engineer's level and the repair's difficulty, a table the analysts own.
 */
@Component
public class LabourPricing {

  private final DecisionService decisionService;

  public LabourPricing(@Lazy DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  /** @throws IllegalStateException when the table has no row for the pair (a broken table: an incident) */
  public BigDecimal labourCost(EngineerLevel level, RepairDifficulty difficulty) {
    DmnDecisionRuleResult row = decisionService.evaluateDecisionTableByKey(RepairProcess.LABOUR_RATE_DECISION)
        .variables(Map.of(RepairProcess.Vars.ENGINEER_LEVEL, level.code(),
            RepairProcess.Vars.REPAIR_DIFFICULTY, difficulty.code()))
        .evaluate().getSingleResult();
    if (row == null || row.getEntry("labourCost") == null) {
      throw new IllegalStateException("labour-rate has no row for " + level.code() + ", " + difficulty.code());
    }
    return new BigDecimal(row.getEntry("labourCost").toString());
  }
}
