package com.aftersales.flows.repair;

import com.aftersales.flows.repair.RepairProcess.EngineerLevel;
import com.aftersales.variables.Variable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aftersales.repair.labour.*}: how the labour line of a quote is priced when labour-rate.dmn cannot be given
 * an engineer's recorded level.
 *
 * @param defaultEngineerLevel the level priced for a quote made before any engineer was sent (the quote of a repair
 *     whose cause was known at the assessment) and for an engineer whose level no manager recorded yet. The rulebook
 *     (003 九.1) names no level for either: {@code intermediate} is the project's choice, configurable as
 *     {@code aftersales.repair.labour.default-engineer-level} ({@code junior}, {@code intermediate} or
 *     {@code senior}).
 */
@ConfigurationProperties("aftersales.repair.labour")
public record LabourProperties(String defaultEngineerLevel) {

  public static final String DEFAULT_ENGINEER_LEVEL = "intermediate";

  public LabourProperties {
    defaultEngineerLevel = defaultEngineerLevel == null || defaultEngineerLevel.isBlank()
        ? DEFAULT_ENGINEER_LEVEL : defaultEngineerLevel.trim();
    Variable.codeOf("aftersales.repair.labour.default-engineer-level", EngineerLevel.class, defaultEngineerLevel);
  }

  public EngineerLevel defaultLevel() {
    return Variable.codeOf("aftersales.repair.labour.default-engineer-level", EngineerLevel.class, defaultEngineerLevel);
  }
}
