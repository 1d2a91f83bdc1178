package com.aftersales.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.engine.EngineIndexColumns.Column;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The staff report's index of completed tasks (db/engine/{vendor}/V530_1): the period is a range of its key, and the
 * report's (person, case) pairs are read from it (reports.staff.StaffReportService, docs/performance.md).
 */
@SpringBootTest
@ActiveProfiles("test")
class StaffReportIndexTest {

  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;

  @Test
  @DisplayName("the completed tasks are indexed by end time, then assignee (migration 530.1, applied successfully)")
  void completedTasksAreIndexedByEndTimeThenAssignee() throws Exception {
    assertThat(jdbc.queryForObject(
        "SELECT COUNT(*) FROM \"app_schema_history\" WHERE \"version\" = '530.1' AND \"success\" = TRUE", Integer.class))
        .isEqualTo(1);
    assertThat(EngineIndexColumns.of(dataSource, "ACT_HI_TASKINST").get("ACT_IDX_AS_HI_TASK_DONE"))
        .extracting(Column::name).startsWith("END_TIME_", "ASSIGNEE_");
  }
}
