package com.aftersales.tuning;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Makes the history level {@link LeanAuditHistoryLevel#NAME} known to the engine, so that
 * {@code camunda.bpm.history-level} can name it (application.yml does).
 */
@Component
public class LeanAuditHistoryRegistration extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomHistoryLevels() == null) {
      configuration.setCustomHistoryLevels(new ArrayList<>());
    }
    if (configuration.getCustomHistoryLevels().stream()
        .noneMatch(level -> LeanAuditHistoryLevel.NAME.equals(level.getName()))) {
      configuration.getCustomHistoryLevels().add(new LeanAuditHistoryLevel());
    }
  }
}
