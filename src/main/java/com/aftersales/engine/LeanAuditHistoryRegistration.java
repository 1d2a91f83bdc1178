package com.aftersales.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Makes the history level {@link LeanAuditHistoryLevel#NAME} known to the engine, so that
 * {@code camunda.bpm.history-level} can name it (application.yml does), with the step-only variables the
 * features declare.
 */
@Component
public class LeanAuditHistoryRegistration extends AbstractProcessEnginePlugin {

  private final List<StepOnlyVariables> stepOnly;

  public LeanAuditHistoryRegistration(List<StepOnlyVariables> stepOnly) {
    this.stepOnly = List.copyOf(stepOnly);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomHistoryLevels() == null) {
      configuration.setCustomHistoryLevels(new ArrayList<>());
    }
    if (configuration.getCustomHistoryLevels().stream()
        .noneMatch(level -> LeanAuditHistoryLevel.NAME.equals(level.getName()))) {
      configuration.getCustomHistoryLevels().add(new LeanAuditHistoryLevel(stepOnly));
    }
  }
}
