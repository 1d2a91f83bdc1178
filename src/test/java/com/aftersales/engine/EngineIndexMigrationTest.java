package com.aftersales.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.engine.EngineIndexColumns.Column;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.engine.impl.TaskQueryProperty;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The indexes on the engine's tables come from Flyway (db/engine/{vendor}/V260_1), not from DDL at start-up, and
 * the task-list index follows the engine's own task query as the 7.24 jar maps it (Task.xml).
 */
@SpringBootTest
@ActiveProfiles("test")
class EngineIndexMigrationTest {

  /** Tasklist's list order: the saved filters sort by due date (StaffFilters), Tasklist adds "created, newest first". */
  static final List<Column> TASKLIST_ORDER = List.of(
      new Column(TaskQueryProperty.DUE_DATE.getName(), false), new Column(TaskQueryProperty.CREATE_TIME.getName(), true));

  /** PostgreSQL's largest B-tree entry (a third of a page); H2 has no such limit, the schema must fit both. */
  static final int BTREE_ENTRY_LIMIT = 2704;

  static final Map<String, String> INDEX_TABLES = Map.of(
      "ACT_IDX_AS_TASK_DUE", "ACT_RU_TASK",
      "ACT_IDX_AS_IDLNK_TASK_GROUP", "ACT_RU_IDENTITYLINK",
      "ACT_IDX_AS_HI_ACT_ACTID_END", "ACT_HI_ACTINST",
      "ACT_IDX_AS_HI_TASK_KEY_END", "ACT_HI_TASKINST",
      "ACT_IDX_AS_JOB_DUE", "ACT_RU_JOB");

  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;

  @Test
  @DisplayName("the engine indexes are Flyway migration 260.1, applied successfully")
  void engineIndexesAreAFlywayMigration() throws Exception {
    assertThat(jdbc.queryForObject(
        "SELECT COUNT(*) FROM \"app_schema_history\" WHERE \"version\" = '260.1' AND \"success\" = TRUE", Integer.class))
        .isEqualTo(1);
    for (Map.Entry<String, String> index : INDEX_TABLES.entrySet()) {
      assertThat(EngineIndexColumns.of(dataSource, index.getValue())).as(index.getValue()).containsKey(index.getKey());
    }
  }

  @Test
  @DisplayName("the covering index of the start-up DDL (23 columns, the description included) is gone")
  void theOldCoveringIndexIsGone() throws Exception {
    assertThat(EngineIndexColumns.of(dataSource, "ACT_RU_TASK")).doesNotContainKey("ACT_IDX_AS_TASK_LIST");
  }

  @Test
  @DisplayName("the task-list index holds the leading keys of the engine's own task query (Task.xml of the 7.24 jar), up to the unique id")
  void taskListIndexFollowsTheEngineTaskQuery() throws Exception {
    List<String> selected = selectedTaskColumns();
    List<Column> index = EngineIndexColumns.of(dataSource, "ACT_RU_TASK").get("ACT_IDX_AS_TASK_DUE");

    assertThat(index).extracting(Column::name).allSatisfy(column -> assertThat(selected).contains(column));
    assertThat(index).containsExactlyElementsOf(leadingKeys(selected));
  }

  @Test
  @DisplayName("no entry of the task-list index can outgrow a B-tree page, whatever the task's name or description")
  void taskListIndexEntriesStayBelowTheBtreeLimit() throws Exception {
    Map<String, Integer> widths = EngineIndexColumns.widths(dataSource, "ACT_RU_TASK");
    int worstCaseBytes = EngineIndexColumns.of(dataSource, "ACT_RU_TASK").get("ACT_IDX_AS_TASK_DUE").stream()
        .mapToInt(column -> Math.max(8, widths.get(column.name()) * 4)) // four UTF-8 bytes per character at most
        .sum();
    assertThat(worstCaseBytes).isLessThan(BTREE_ENTRY_LIMIT);
  }

  /**
   * The keys PostgreSQL sorts SELECT DISTINCT by for Tasklist's list: the ORDER BY first, then the selected columns
   * in their order, up to ID_ (unique: nothing after it can change the order).
   */
  static List<Column> leadingKeys(List<String> selected) {
    List<Column> keys = new ArrayList<>(TASKLIST_ORDER);
    for (String column : selected) {
      if (keys.stream().noneMatch(key -> key.name().equals(column))) {
        keys.add(new Column(column, false));
      }
      if (column.equals("ID_")) {
        break;
      }
    }
    return keys;
  }

  /** The columns of {@code <sql id="columnSelection">} in the task mapping of the camunda-engine 7.24 jar. */
  static List<String> selectedTaskColumns() throws Exception {
    String resource = "org/camunda/bpm/engine/impl/mapping/entity/Task.xml";
    URL url = TaskQueryProperty.class.getClassLoader().getResource(resource);
    assertThat(url).as(resource).isNotNull();
    assertThat(url.toString()).contains("camunda-engine-7.24.");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    try (InputStream in = url.openStream()) {
      NodeList sql = factory.newDocumentBuilder().parse(in).getElementsByTagName("sql");
      for (int i = 0; i < sql.getLength(); i++) {
        Element element = (Element) sql.item(i);
        if ("columnSelection".equals(element.getAttribute("id"))) {
          return Arrays.stream(element.getTextContent().split(","))
              .map(String::trim)
              .map(column -> column.replaceFirst("^RES\\.", ""))
              .toList();
        }
      }
    }
    throw new AssertionError("Task.xml has no <sql id=\"columnSelection\"> any more: re-check ACT_IDX_AS_TASK_DUE");
  }
}
