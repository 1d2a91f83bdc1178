package com.aftersales.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * With {@code ensure-job-due-date-not-null} the job executor only looks for jobs due by now and no longer for jobs
 * without a due date, which the engine wrote before the setting (asynchronous steps). At start, before the job
 * executor runs, such jobs get "now" as their due date, which is what no due date meant; nothing else changes.
 * Start every node of a cluster with the setting: a node without it would go on writing jobs without due date.
 */
@Component
public class JobDueDates extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(JobDueDates.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    if (!configuration.isEnsureJobDueDateNotNull()) {
      return;
    }
    String table = configuration.getDatabaseTablePrefix() + "ACT_RU_JOB";
    try (Connection connection = configuration.getDataSource().getConnection();
        PreparedStatement update =
            connection.prepareStatement("UPDATE " + table + " SET DUEDATE_ = ? WHERE DUEDATE_ IS NULL")) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(true);
      update.setTimestamp(1, new Timestamp(ClockUtil.getCurrentTime().getTime()));
      int updated = update.executeUpdate();
      connection.setAutoCommit(autoCommit);
      if (updated > 0) {
        LOG.info("Gave {} jobs without due date the due date now (ensure-job-due-date-not-null)", updated);
      }
    } catch (SQLException e) {
      throw new ProcessEngineException("Cannot give the jobs without due date a due date", e);
    }
  }
}
