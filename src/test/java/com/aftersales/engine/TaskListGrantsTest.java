package com.aftersales.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rewrite of the task query's authorization join, on the statement text alone (no database). */
class TaskListGrantsTest {

  /** Camunda 7.24's count statement for a user in one group on PostgreSQL, as MyBatis prints it (whitespace kept). */
  static final String COUNT_AS_CAMUNDA_WRITES_IT =
      """
      select count(distinct RES.ID_)
          from ACT_RU_TASK RES
          left join
            ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_
          inner join
          (
          SELECT A.*
          FROM ACT_RU_AUTHORIZATION A
          WHERE A.TYPE_ < 2
          AND ( A.USER_ID_ in ( ?, '*')
            OR A.GROUP_ID_ IN  (  ?  )
          )
            AND (
              (
                A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ?
               OR
                A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ?
              )
            )
          )
          AUTH ON (AUTH.RESOURCE_ID_ IN ( RES.ID_ , D.KEY_ , '*' ))
          WHERE ( 1 = 1 and RES.TASK_DEF_KEY_ = ? )
          AND AUTH.RESOURCE_ID_ IS NOT NULL
          AND RES.SUSPENSION_STATE_ = 1
      """;

  @Test
  @DisplayName("the user's grants are read once, in front, and each task is hash-joined to them by id and definition key, or '*'")
  void theGrantsMoveToACommonTableExpressionWithTheirParametersInOrder() {
    String sql = TaskListGrants.rewrite(COUNT_AS_CAMUNDA_WRITES_IT);

    assertThat(sql).startsWith("WITH " + TaskListGrants.CTE + " AS MATERIALIZED (");
    assertThat(sql).doesNotContain("AUTH ON").doesNotContain("AUTH.RESOURCE_ID_ IS NOT NULL");
    assertThat(sql).contains("AUTH_T ON AUTH_T.RESOURCE_ID_ = RES.ID_")
        .contains("AUTH_D ON AUTH_D.RESOURCE_ID_ = D.KEY_")
        .contains("(AUTH_T.RESOURCE_ID_ IS NOT NULL OR AUTH_D.RESOURCE_ID_ IS NOT NULL OR EXISTS (SELECT 1 FROM "
            + TaskListGrants.CTE + " G WHERE G.RESOURCE_ID_ = '*'))")
        .containsPattern("AS MATERIALIZED \\(SELECT A\\.RESOURCE_ID_\\s+FROM ACT_RU_AUTHORIZATION A");
    // the ordering joins and the query's criteria stay after the grants' joins
    assertThat(sql.indexOf("AUTH_D ON")).isLessThan(sql.indexOf("WHERE ( 1 = 1"));
    // the same placeholders in the same order: the grants' eight, then the query's task key
    assertThat(sql.chars().filter(c -> c == '?').count()).isEqualTo(9);
    assertThat(sql.indexOf("RES.TASK_DEF_KEY_ = ?")).isGreaterThan(sql.lastIndexOf("A.PERMS_ & ? = ?"));
    assertThat(sql).contains("select count(distinct RES.ID_)");
  }

  @Test
  void aStatementWithAParameterBeforeTheJoinIsLeftAsItIs() {
    // e.g. an ordering by a process variable puts parameters into the select list
    String withParameterInFront = COUNT_AS_CAMUNDA_WRITES_IT.replace("select count(distinct RES.ID_)",
        "select count(distinct RES.ID_), ? as X");
    assertThat(TaskListGrants.rewrite(withParameterInFront)).isNull();
  }

  @Test
  void aStatementWithoutCamundasJoinOrWithASecondOneIsLeftAsItIs() {
    assertThat(TaskListGrants.rewrite("select count(distinct RES.ID_) from ACT_RU_TASK RES")).isNull();
    String twoJoins = COUNT_AS_CAMUNDA_WRITES_IT.replace("WHERE ( 1 = 1",
        "inner join ( SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2 ) AUTH ON (AUTH.RESOURCE_ID_ IN ( RES.ID_ , D.KEY_ , '*' )) WHERE ( 1 = 1");
    assertThat(TaskListGrants.rewrite(twoJoins)).isNull();
    String otherCondition = COUNT_AS_CAMUNDA_WRITES_IT.replace("AND AUTH.RESOURCE_ID_ IS NOT NULL",
        "AND AUTH.RESOURCE_ID_ IS NOT NULL AND AUTH.PERMS_ > 0");
    assertThat(TaskListGrants.rewrite(otherCondition)).isNull();
  }

  /** Camunda's page statement (Tasklist's order, a page's bounds) built from the count above. */
  static final String PAGE_AS_CAMUNDA_WRITES_IT = COUNT_AS_CAMUNDA_WRITES_IT
      .replace("select count(distinct RES.ID_)", "select distinct RES.REV_, RES.ID_, RES.NAME_, RES.DUE_DATE_, RES.CREATE_TIME_")
      + "    order by RES.DUE_DATE_ asc, RES.CREATE_TIME_ desc\n    LIMIT ? OFFSET ?\n";

  @Test
  @DisplayName("a page walks the first tasks in its own order, then REV_ and ID_, and probes each task's grants")
  void aPageIsLookedForAmongTheFirstTasksInItsOwnOrder() {
    String sql = TaskListGrants.walk(PAGE_AS_CAMUNDA_WRITES_IT, 250);

    assertThat(sql).startsWith("WITH " + TaskListGrants.CTE + " AS NOT MATERIALIZED (SELECT A.RESOURCE_ID_");
    assertThat(sql).contains("from (SELECT * FROM ACT_RU_TASK RES order by RES.DUE_DATE_ asc, RES.CREATE_TIME_ desc,"
        + " RES.REV_, RES.ID_ LIMIT 250) RES");
    assertThat(sql).contains("G.RESOURCE_ID_ = RES.ID_ OFFSET 0)").contains("G.RESOURCE_ID_ = D.KEY_ OFFSET 0)")
        .contains("G.RESOURCE_ID_ = '*' OFFSET 0)");
    assertThat(sql).doesNotContain("AUTH ON").doesNotContain("AUTH.RESOURCE_ID_ IS NOT NULL");
    // the grants' eight placeholders, the task key, then the page's bounds: the same order as Camunda's
    assertThat(sql.chars().filter(c -> c == '?').count()).isEqualTo(11);
    assertThat(sql).containsPattern("RES\\.TASK_DEF_KEY_ = \\?[\\s\\S]*LIMIT \\? OFFSET \\?\\s*$");
    assertThat(sql.indexOf("RES.TASK_DEF_KEY_ = ?")).isGreaterThan(sql.lastIndexOf("A.PERMS_ & ? = ?"));
  }

  @Test
  @DisplayName("one person's tasks (我的任务) probe each task's grants, found by the assignee's index, and are not walked")
  void onePersonsTasksProbeTheirGrants() {
    String mine = COUNT_AS_CAMUNDA_WRITES_IT.replace("RES.TASK_DEF_KEY_ = ?", "RES.ASSIGNEE_ = ?");

    String sql = TaskListGrants.rewrite(mine);

    assertThat(sql).startsWith("WITH " + TaskListGrants.CTE + " AS NOT MATERIALIZED (SELECT A.RESOURCE_ID_");
    assertThat(sql).doesNotContain("AUTH_T").doesNotContain("AUTH ON")
        .contains("G.RESOURCE_ID_ = RES.ID_ OFFSET 0)").contains("from ACT_RU_TASK RES");
    assertThat(sql.chars().filter(c -> c == '?').count()).isEqualTo(9);
    assertThat(sql.indexOf("RES.ASSIGNEE_ = ?")).isGreaterThan(sql.lastIndexOf("A.PERMS_ & ? = ?"));
    assertThat(TaskListGrants.walk(PAGE_AS_CAMUNDA_WRITES_IT.replace("RES.TASK_DEF_KEY_ = ?", "RES.ASSIGNEE_ = ?"), 250))
        .isNull();
  }

  @Test
  @DisplayName("after a short walk the next walks as many tasks as the person's share suggests, between twice the "
      + "last and the next step")
  void theNextWalkFollowsThePersonsShareOfTheFirstTasks() {
    assertThat(TaskListGrants.nextWalk(250, 12, 15, 2500)).as("one task in twenty: 469, at least twice 250")
        .isEqualTo(500);
    assertThat(TaskListGrants.nextWalk(250, 3, 15, 2500)).as("one in 83: 1,875").isEqualTo(1875);
    assertThat(TaskListGrants.nextWalk(250, 1, 15, 2500)).as("one in 250: beyond the step").isEqualTo(2500);
    assertThat(TaskListGrants.nextWalk(250, 0, 15, 2500)).as("none seen: the step").isEqualTo(2500);
    assertThat(TaskListGrants.nextWalk(250, 40, 45, 2500)).as("page 3 with 40 seen: twice 250").isEqualTo(500);
    assertThat(TaskListGrants.nextWalk(16, 10, 15, 40)).as("the Postgres test's steps: 36").isEqualTo(36);
  }

  @Test
  @DisplayName("a page in an order no index walks, or without a page's bounds, is not walked")
  void aPageInAnotherOrderIsNotWalked() {
    assertThat(TaskListGrants.walk(PAGE_AS_CAMUNDA_WRITES_IT.replace("RES.DUE_DATE_ asc", "RES.PRIORITY_ desc"), 250))
        .isNull();
    assertThat(TaskListGrants.walk(PAGE_AS_CAMUNDA_WRITES_IT.replace("RES.CREATE_TIME_ desc", "LOWER_NAME_ asc"), 250))
        .as("an order by a column of the select list, not of the task table").isNull();
    assertThat(TaskListGrants.walk(PAGE_AS_CAMUNDA_WRITES_IT.replace("LIMIT ? OFFSET ?", ""), 250)).isNull();
    assertThat(TaskListGrants.walk(COUNT_AS_CAMUNDA_WRITES_IT, 250)).isNull();
  }

  @Test
  @DisplayName("fence: Camunda's task query still joins the grants on RES.ID_, D.KEY_ and '*' (re-check TaskListGrants when this fails)")
  void camundasMappingStillHasTheShapeTheRewriteKnows() throws IOException {
    String task = mapping("Task.xml");
    assertThat(task).contains(
        "AUTH ON (AUTH.RESOURCE_ID_ ${authJoinStart} RES.ID_ ${authJoinSeparator} D.KEY_ ${authJoinSeparator} '*' ${authJoinEnd})");
    assertThat(task).contains("<select id=\"selectTaskByQueryCriteria\"")
        .contains("<select id=\"selectTaskCountByQueryCriteria\"");
    String authorization = mapping("Authorization.xml");
    assertThat(authorization).contains("<sql id=\"authCheckJoinWithoutOnClauseWithBinding\">")
        .containsPattern("\\(\\s*SELECT A\\.\\*\\s*FROM \\$\\{prefix\\}ACT_RU_AUTHORIZATION A\\s*WHERE A\\.TYPE_ &lt; 2")
        .contains("AUTH.RESOURCE_ID_ IS NOT NULL");
    assertThat(org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory.databaseSpecificAuthJoinStart
        .get(org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory.POSTGRES)).isEqualTo("IN (");
  }

  private static String mapping(String file) throws IOException {
    try (InputStream in = TaskListGrantsTest.class.getResourceAsStream(
        "/org/camunda/bpm/engine/impl/mapping/entity/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
