package com.aftersales.engine;

import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tasklist's lists on PostgreSQL: the task query's authorization check as a set lookup instead of a probe per task
 * (docs/performance.md, "The Tasklist list on PostgreSQL 15").
 *
 * <p>Camunda joins every candidate task to the user's grants with {@code AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_,
 * '*')}. PostgreSQL cannot hash an OR of three columns, so it probes the authorization table three times per open
 * task: at 100,000 open tasks the count behind "全部任务" read 1.3 million buffers (2.1 s idle, 9.9 s under load).
 * This plugin rewrites the two task-query statements (list and count) so that the user's grants are read once, as
 * a common table expression, and the tasks are hash-joined to them twice, by the task's id and by its definition's
 * key: the same 100,000 tasks cost 2,973 buffers. Hash joins, not {@code IN} subplans: a subplan is hashed only
 * while the grants fit in {@code work_mem}, and past that PostgreSQL would rescan them for every task; a hash join
 * spills in batches instead.
 *
 * <p>The answer is the same set of tasks: a task qualifies when one of the user's grants (those of the user, their
 * groups and everybody, with the permissions Camunda asks for) names the task, its process definition's key or
 * {@code '*'}, exactly the condition of Camunda's join; the joins here are on distinct grants, so they add no rows (Camunda's could,
 * which its statements' {@code DISTINCT} removed). The grants' statement text is Camunda's own, moved to the front; it is moved only when no
 * parameter stands before it, so the parameters keep their order. A statement of any other shape (another database,
 * revoke checks on, composite checks, an ordering by a variable) is left as Camunda wrote it.
 * {@code TaskListGrantsTest} pins the mapping text this relies on and compares the answers with the stock statement
 * over random grants on PostgreSQL.
 */
@Component
public class TaskListGrants extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(TaskListGrants.class);

  /** The statements of {@code TaskQuery.list()/listPage()} and {@code count()} (Camunda's Task.xml). */
  static final Set<String> STATEMENTS =
      Set.of(
          "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskByQueryCriteria",
          "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskCountByQueryCriteria");

  /** Camunda's join condition on PostgreSQL (authJoinStart "IN (", separator ","). */
  private static final Pattern JOIN_ON =
      Pattern.compile(
          "\\)\\s*AUTH\\s+ON\\s*\\(\\s*AUTH\\.RESOURCE_ID_\\s+IN\\s*\\(\\s*RES\\.ID_\\s*,\\s*D\\.KEY_\\s*,\\s*'\\*'\\s*\\)\\s*\\)");

  private static final Pattern JOIN_START =
      Pattern.compile("(?i)(inner|left)\\s+join\\s*\\(\\s*SELECT\\s+A\\.\\*\\s+FROM\\s+\\w*ACT_RU_AUTHORIZATION\\s+A\\s");

  private static final String GRANTED = "AUTH.RESOURCE_ID_ IS NOT NULL";

  static final String CTE = "AFTERSALES_TASK_GRANTS";

  private final boolean enabled;
  private final AtomicLong rewritten = new AtomicLong();

  /** Off only in tests that compare the rewritten statements with Camunda's own. */
  private volatile boolean active = true;

  public TaskListGrants(@Value("${aftersales.tuning.task-list-grants:true}") boolean enabled) {
    this.enabled = enabled;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (enabled && DbSqlSessionFactory.POSTGRES.equals(configuration.getDatabaseType())) {
      // statement handlers are built per statement, so an interceptor added now takes part in every later query
      Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
      mybatis.addInterceptor(new Rewrite(this, mybatis));
    }
  }

  /** How many task-list statements were rewritten since start (tests and the benchmark read it). */
  public long rewrittenStatements() {
    return rewritten.get();
  }

  void setActive(boolean active) {
    this.active = active;
  }

  /**
   * Camunda's statement with its grants read once; {@code null} when the statement does not have the one shape
   * this class knows.
   */
  static String rewrite(String sql) {
    Matcher on = JOIN_ON.matcher(sql);
    if (!on.find()) {
      return null;
    }
    int subqueryEnd = on.start(); // the ')' closing the grants' subquery
    int joinEnd = on.end();
    if (on.find()) {
      return null; // a second authorization join (composite checks): not this shape
    }
    Matcher start = JOIN_START.matcher(sql);
    if (!start.find() || start.end() > subqueryEnd) {
      return null;
    }
    int joinStart = start.start();
    int open = sql.indexOf('(', start.start());
    if (closingParenthesis(sql, open) != subqueryEnd) {
      return null;
    }
    String before = sql.substring(0, joinStart);
    String after = sql.substring(joinEnd);
    // the one "AUTH." left must be the grant condition itself
    if (before.indexOf('?') >= 0 || count(after, GRANTED) != 1 || count(after, "AUTH.") != 1) {
      return null;
    }
    // Camunda's statement for the grants, reading only the column the test needs
    String grants = sql.substring(open + 1, subqueryEnd).replaceFirst("^\\s*SELECT\\s+A\\.\\*", "SELECT A.RESOURCE_ID_");
    String distinctGrants = "(SELECT DISTINCT G.RESOURCE_ID_ FROM " + CTE + " G)";
    String joins =
        "left join " + distinctGrants + " AUTH_T ON AUTH_T.RESOURCE_ID_ = RES.ID_ "
            + "left join " + distinctGrants + " AUTH_D ON AUTH_D.RESOURCE_ID_ = D.KEY_ ";
    String granted =
        "(AUTH_T.RESOURCE_ID_ IS NOT NULL OR AUTH_D.RESOURCE_ID_ IS NOT NULL"
            + " OR EXISTS (SELECT 1 FROM " + CTE + " G WHERE G.RESOURCE_ID_ = '*'))";
    return "WITH " + CTE + " AS MATERIALIZED (" + grants + ") "
        + before + joins + after.replace(GRANTED, granted);
  }

  /** {@link #rewrite}, and Camunda's statement unchanged should the rewrite itself fail. */
  static String rewriteOrNull(String sql) {
    try {
      return rewrite(sql);
    } catch (RuntimeException e) {
      LOG.warn("Task query left as Camunda wrote it: the rewrite failed", e);
      return null;
    }
  }

  private static int closingParenthesis(String sql, int open) {
    int depth = 0;
    boolean quoted = false;
    for (int i = open; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
      n++;
    }
    return n;
  }

  /**
   * Runs at every statement's prepare, so it first looks at the statement's text, which costs nothing, and reaches
   * into the handler (by reflection) only for statements with an authorization join. The reflection goes through
   * MyBatis' own configuration, whose class metadata is built once; {@code SystemMetaObject} would build it anew
   * for every statement (about 5 % of the application's CPU under the staff load, docs/performance.md).
   */
  @Intercepts(@Signature(type = StatementHandler.class, method = "prepare", args = {Connection.class, Integer.class}))
  static final class Rewrite implements Interceptor {
    private final TaskListGrants plugin;
    private final Configuration mybatis;
    private volatile boolean warned;

    Rewrite(TaskListGrants plugin, Configuration mybatis) {
      this.plugin = plugin;
      this.mybatis = mybatis;
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
      if (!plugin.active || !(invocation.getTarget() instanceof StatementHandler target)) {
        return invocation.proceed();
      }
      BoundSql bound = target.getBoundSql();
      String sql = bound.getSql();
      if (!sql.contains("ACT_RU_AUTHORIZATION")) {
        return invocation.proceed();
      }
      MetaObject handler = mybatis.newMetaObject(target);
      if (handler.hasGetter("delegate.mappedStatement")
          && handler.getValue("delegate.mappedStatement") instanceof MappedStatement statement
          && STATEMENTS.contains(statement.getId())) {
        String better = rewriteOrNull(sql);
        if (better != null) {
          mybatis.newMetaObject(bound).setValue("sql", better); // a final field: MyBatis sets it by reflection
          plugin.rewritten.incrementAndGet();
        } else if (!warned) {
          warned = true;
          LOG.info("A task query of another shape runs with Camunda's own authorization join: {}", statement.getId());
        }
      }
      return invocation.proceed();
    }
  }
}
