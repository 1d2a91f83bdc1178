package com.aftersales.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Indexes on the engine's own tables for the queries staff and reports run all day (measured with EXPLAIN
 * ANALYZE up to 100,000 open tasks, see docs/performance.md). The engine creates its tables itself, after Flyway
 * has run, so a Flyway migration cannot index them: this plugin creates them once the engine is built, with
 * {@code CREATE ... IF NOT EXISTS}, so every start is idempotent, on H2 and PostgreSQL alike.
 */
@Component
@EnableConfigurationProperties(TuningProperties.class)
public class EngineIndexes extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

  /**
   * The Tasklist filter "my group's open tasks by due date, first 50" is {@code SELECT DISTINCT <all 23 task
   * columns> ... ORDER BY DUE_DATE_ LIMIT 50}. PostgreSQL 15 can feed DISTINCT from an index only when the
   * index delivers every selected column in the order of the DISTINCT (due date first, then the columns as
   * selected); otherwise it sorts all open tasks of the group (about 270 ms at 2,000 and seconds at 20,000 open
   * tasks). With this index it walks the tasks by due date and stops after 50 matches (about 1 ms at 20,000).
   * The column list must stay identical to the engine's task query (Task.xml, columnSelection).
   */
  static final String TASK_LIST_COLUMNS = "DUE_DATE_, REV_, ID_, NAME_, PARENT_TASK_ID_, DESCRIPTION_, PRIORITY_,"
      + " CREATE_TIME_, OWNER_, ASSIGNEE_, DELEGATION_, EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_ID_,"
      + " CASE_EXECUTION_ID_, CASE_INST_ID_, CASE_DEF_ID_, TASK_DEF_KEY_, FOLLOW_UP_DATE_, SUSPENSION_STATE_,"
      + " TENANT_ID_, LAST_UPDATED_, TASK_STATE_";

  /** Name, table and columns; names start with ACT_IDX_AS_ so nobody mistakes them for Camunda's. */
  static final List<Index> INDEXES = List.of(
      new Index("ACT_IDX_AS_TASK_LIST", "ACT_RU_TASK", TASK_LIST_COLUMNS),
      // ... and checks each task's candidate group with one index-only probe (task, group, type).
      new Index("ACT_IDX_AS_IDLNK_TASK_GROUP", "ACT_RU_IDENTITYLINK", "TASK_ID_, GROUP_ID_, TYPE_"),
      // SLA report: open and recently finished instances of one activity / one user task.
      new Index("ACT_IDX_AS_HI_ACT_ACTID_END", "ACT_HI_ACTINST", "ACT_ID_, END_TIME_"),
      new Index("ACT_IDX_AS_HI_TASK_KEY_END", "ACT_HI_TASKINST", "TASK_DEF_KEY_, END_TIME_"),
      // Job acquisition: "due (or no due date), not locked, first 30", without ORDER BY. With none due it read
      // every job, waiting timers included, on each acquisition: 3.5 ms at 10,000 jobs, tens of thousands of
      // times an hour (the job executor looks again after every new job); with this index 0.05 ms.
      new Index("ACT_IDX_AS_JOB_DUE", "ACT_RU_JOB", "DUEDATE_"));

  /**
   * PostgreSQL only (H2, the embedded default, has no partial indexes and is not for large databases). The
   * authorization join of every task query filters on {@code PERMS_ & n = n}; without
   * statistics on these expressions the planner guesses 0.5 % of the rows and joins the per-task grants by a
   * nested loop over all of them (quadratic in the open tasks). A parallel plan costs more to start (about
   * 15 ms) than the whole indexed walk takes, so the task table gets no parallel workers.
   */
  static final List<String> POSTGRES = List.of(
      // Every task completion asks for the task's subtasks (PARENT_TASK_ID_ = ?), which had no index: a scan of
      // all open tasks per completion (2 ms at 3,000, about 50 ms at 100,000). We have no subtasks, so the
      // partial index stays empty and costs nothing on insert, yet answers the question at once.
      "CREATE INDEX IF NOT EXISTS ACT_IDX_AS_TASK_PARENT ON ACT_RU_TASK (PARENT_TASK_ID_)"
          + " WHERE PARENT_TASK_ID_ IS NOT NULL",
      // Job acquisition skips jobs of process instances that have an exclusive job running: PostgreSQL answers that
      // NOT EXISTS with a hash of all locked jobs, built by reading the whole job table (4 ms at 10,000 jobs) on
      // every acquisition. Only the few locked jobs are in this index (0.05 ms).
      "CREATE INDEX IF NOT EXISTS ACT_IDX_AS_JOB_LOCKED ON ACT_RU_JOB (PROCESS_INSTANCE_ID_)"
          + " WHERE LOCK_OWNER_ IS NOT NULL",
      "CREATE STATISTICS IF NOT EXISTS ACT_STX_AS_AUTH_READ ON (PERMS_ & 2) FROM ACT_RU_AUTHORIZATION",
      "CREATE STATISTICS IF NOT EXISTS ACT_STX_AS_AUTH_READ_TASK ON (PERMS_ & 64) FROM ACT_RU_AUTHORIZATION",
      "ALTER TABLE ACT_RU_TASK SET (parallel_workers = 0)",
      "ANALYZE ACT_RU_AUTHORIZATION");

  record Index(String name, String table, String columns) {
    String ddl() {
      return "CREATE INDEX IF NOT EXISTS " + name + " ON " + table + " (" + columns + ")";
    }
  }

  private final TuningProperties properties;

  public EngineIndexes(TuningProperties properties) {
    this.properties = properties;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    if (!properties.engineIndexes()) {
      LOG.info("Extra engine indexes are switched off (aftersales.tuning.engine-indexes=false)");
      return;
    }
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    List<String> statements = new ArrayList<>(INDEXES.stream().map(Index::ddl).toList());
    if ("postgres".equals(configuration.getDatabaseType())) {
      statements.addAll(POSTGRES);
    }
    DataSource dataSource = configuration.getDataSource();
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(true);
      for (String sql : statements) {
        statement.execute(sql);
      }
      connection.setAutoCommit(autoCommit);
    } catch (SQLException e) {
      throw new ProcessEngineException("Cannot create the engine indexes of com.aftersales.engine", e);
    }
  }

  @Override
  public String toString() {
    return getClass().getSimpleName();
  }
}
