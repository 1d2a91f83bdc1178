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
          WHERE ( 1 = 1 and RES.ASSIGNEE_ = ? )
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
    // the same placeholders in the same order: the grants' eight, then the query's assignee
    assertThat(sql.chars().filter(c -> c == '?').count()).isEqualTo(9);
    assertThat(sql.indexOf("RES.ASSIGNEE_ = ?")).isGreaterThan(sql.lastIndexOf("A.PERMS_ & ? = ?"));
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
