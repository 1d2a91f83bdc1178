package com.aftersales.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The engine indexes exist once the engine has started, and creating them again is harmless. */
@SpringBootTest
@ActiveProfiles("test")
class EngineIndexesTest {

  @Autowired DataSource dataSource;
  @Autowired ProcessEngine engine;
  @Autowired EngineIndexes engineIndexes;

  @Test
  void everyEngineIndexExistsOnItsTable() throws Exception {
    for (EngineIndexes.Index index : EngineIndexes.INDEXES) {
      assertThat(indexesOf(index.table())).as(index.table()).contains(index.name());
    }
  }

  @Test
  void creatingTheIndexesAgainAtTheNextStartIsHarmless() throws Exception {
    engineIndexes.postProcessEngineBuild(engine);

    assertThat(indexesOf("ACT_RU_TASK")).contains("ACT_IDX_AS_TASK_LIST");
  }

  @Test
  void theTaskListIndexCoversEveryColumnTheTaskQuerySelects() {
    // Task.xml's columnSelection of Camunda 7.24; the index feeds SELECT DISTINCT only if it lists all of them
    assertThat(EngineIndexes.TASK_LIST_COLUMNS.split(",\\s*")).hasSize(23).startsWith("DUE_DATE_", "REV_", "ID_")
        .contains("NAME_", "DESCRIPTION_", "ASSIGNEE_", "TASK_DEF_KEY_", "TENANT_ID_", "TASK_STATE_");
  }

  static Set<String> indexesOf(DataSource dataSource, String table) throws Exception {
    Set<String> names = new HashSet<>();
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      for (String t : new String[] {table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT)}) {
        try (ResultSet rs = meta.getIndexInfo(null, null, t, false, false)) {
          while (rs.next()) {
            if (rs.getString("INDEX_NAME") != null) {
              names.add(rs.getString("INDEX_NAME").toUpperCase(Locale.ROOT));
            }
          }
        }
      }
    }
    return names;
  }

  private Set<String> indexesOf(String table) throws Exception {
    return indexesOf(dataSource, table);
  }
}
