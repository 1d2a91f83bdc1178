package com.aftersales.engine;

import java.sql.Connection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.ListQueryParameterObject;
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
  static final String PAGE_STATEMENT = "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskByQueryCriteria";
  static final String COUNT_STATEMENT =
      "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskCountByQueryCriteria";
  static final Set<String> STATEMENTS = Set.of(PAGE_STATEMENT, COUNT_STATEMENT);

  /** Camunda's join condition on PostgreSQL (authJoinStart "IN (", separator ","). */
  private static final Pattern JOIN_ON =
      Pattern.compile(
          "\\)\\s*AUTH\\s+ON\\s*\\(\\s*AUTH\\.RESOURCE_ID_\\s+IN\\s*\\(\\s*RES\\.ID_\\s*,\\s*D\\.KEY_\\s*,\\s*'\\*'\\s*\\)\\s*\\)");

  private static final Pattern JOIN_START =
      Pattern.compile("(?i)(inner|left)\\s+join\\s*\\(\\s*SELECT\\s+A\\.\\*\\s+FROM\\s+\\w*ACT_RU_AUTHORIZATION\\s+A\\s");

  private static final String GRANTED = "AUTH.RESOURCE_ID_ IS NOT NULL";

  static final String CTE = "AFTERSALES_TASK_GRANTS";

  /** How many tasks a page is first looked for among, then (not full yet) how many more, before all of them. */
  private static final int[] WALK_CAPS = {250, 2500};

  /** The walk asked for on this thread's next page statement, and whether it could be done. */
  private static final ThreadLocal<Walk> WALK = new ThreadLocal<>();

  private static final class Walk {
    final int cap;
    boolean done;

    Walk(int cap) {
      this.cap = cap;
    }
  }

  private final boolean enabled;
  private final AtomicLong rewritten = new AtomicLong();
  private final AtomicLong walkedPages = new AtomicLong();
  private volatile int[] walkCaps = WALK_CAPS;

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
      mybatis.addInterceptor(new PagesFromTheFirstTasks(this));
    }
  }

  /** How many task-list statements were rewritten since start (tests and the benchmark read it). */
  public long rewrittenStatements() {
    return rewritten.get();
  }

  /** How many pages were answered from the first tasks in their order ({@link #walk}) since start. */
  public long walkedPages() {
    return walkedPages.get();
  }

  void setActive(boolean active) {
    this.active = active;
  }

  /** Tests: walk fewer tasks, so that a page of a few dozen tasks is cut and asked again. */
  void setWalkCaps(int... caps) {
    this.walkCaps = caps.clone();
  }

  /** Camunda's statement cut around its authorization join: the text before it, the grants' statement, the rest. */
  private record Parts(String before, String grants, String after) {}

  private static Parts parse(String sql) {
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
    return new Parts(before, grants, after);
  }

  /**
   * Camunda's statement with its grants read once; {@code null} when the statement does not have the one shape
   * this class knows. A list of one person's tasks ({@code RES.ASSIGNEE_ = ?}, "我的任务") probes the grants of
   * each of those tasks instead ({@link #probed}): the assignee's index already narrows the tasks to a few.
   */
  static String rewrite(String sql) {
    Parts parts = parse(sql);
    if (parts == null) {
      return null;
    }
    if (parts.after().contains(ASSIGNEE)) {
      return probed(parts, parts.before());
    }
    String distinctGrants = "(SELECT DISTINCT G.RESOURCE_ID_ FROM " + CTE + " G)";
    String joins =
        "left join " + distinctGrants + " AUTH_T ON AUTH_T.RESOURCE_ID_ = RES.ID_ "
            + "left join " + distinctGrants + " AUTH_D ON AUTH_D.RESOURCE_ID_ = D.KEY_ ";
    String granted =
        "(AUTH_T.RESOURCE_ID_ IS NOT NULL OR AUTH_D.RESOURCE_ID_ IS NOT NULL"
            + " OR EXISTS (SELECT 1 FROM " + CTE + " G WHERE G.RESOURCE_ID_ = '*'))";
    return "WITH " + CTE + " AS MATERIALIZED (" + parts.grants() + ") "
        + parts.before() + joins + parts.after().replace(GRANTED, granted);
  }

  private static final String ASSIGNEE = "RES.ASSIGNEE_ = ?";

  /**
   * The statement with each task's grants probed: the same condition as Camunda's join (the task's id, its
   * definition's key, '*'), one index lookup of the authorization table by resource id each. NOT MATERIALIZED lets
   * PostgreSQL put the grants' statement into each probe; OFFSET 0 keeps it from turning a probe into a hash of all
   * the person's grants, built before the first task.
   */
  private static String probed(Parts parts, String before) {
    String probe = "EXISTS (SELECT 1 FROM " + CTE + " G WHERE G.RESOURCE_ID_ = %s OFFSET 0)";
    String granted = "(" + probe.formatted("RES.ID_") + " OR " + probe.formatted("D.KEY_") + " OR "
        + probe.formatted("'*'") + ")";
    return "WITH " + CTE + " AS NOT MATERIALIZED (" + parts.grants() + ") "
        + before + parts.after().replace(GRANTED, granted);
  }

  /** The one task table of Camunda's statement (no table prefix configured). */
  private static final Pattern TASK_TABLE = Pattern.compile("(?i)\\bfrom\\s+ACT_RU_TASK\\s+RES\\b");

  /** The page's order and its placeholders for the page's bounds, at the statement's end. */
  private static final Pattern PAGE_END =
      Pattern.compile("(?is)\\border\\s+by\\s+(.+?)\\s+LIMIT\\s+\\?\\s+OFFSET\\s+\\?\\s*;?\\s*$");

  /** One key of the order: a task column, ascending or descending. */
  private static final Pattern ORDER_KEY = Pattern.compile("(?i)\\s*RES\\.(\\w+)\\s+(asc|desc)\\s*");

  /** Orders an index of the task table walks (ACT_IDX_AS_TASK_DUE, ACT_IDX_TASK_CREATE), by their first key. */
  private static final Set<String> WALKABLE = Set.of("DUE_DATE_", "CREATE_TIME_");

  /**
   * A page of Camunda's statement taken from the first {@code cap} tasks in the page's own order only: the tasks
   * are walked along an index in that order and each is tested against the person's grants with one index probe,
   * instead of hash-joining every task the person may see and sorting them all. Among those tasks the page is the
   * same as Camunda's, because they are the first {@code cap} of Camunda's order (its order keys, then REV_ and
   * ID_, as its SELECT DISTINCT sorts them); so when it comes back full it is Camunda's page, and when not, the
   * caller asks again with more tasks or with {@link #rewrite}. {@code null} for a statement of another shape, an
   * order no index walks, or one person's tasks (their index finds them faster).
   */
  static String walk(String sql, int cap) {
    Parts parts = parse(sql);
    if (parts == null) {
      return null;
    }
    Matcher end = PAGE_END.matcher(parts.after());
    Matcher table = TASK_TABLE.matcher(parts.before());
    if (parts.after().contains(ASSIGNEE) || !end.find() || !table.find()) {
      return null;
    }
    String[] keys = end.group(1).split(",");
    Matcher first = ORDER_KEY.matcher(keys[0]);
    if (!first.matches() || !WALKABLE.contains(first.group(1).toUpperCase(java.util.Locale.ROOT))) {
      return null;
    }
    for (String key : keys) {
      if (!ORDER_KEY.matcher(key).matches()) {
        return null;
      }
    }
    int tableAt = table.start();
    int tableEnd = table.end();
    if (table.find()) {
      return null;
    }
    String firstTasks = "from (SELECT * FROM ACT_RU_TASK RES order by " + end.group(1).trim()
        + ", RES.REV_, RES.ID_ LIMIT " + cap + ") RES";
    return probed(parts, parts.before().substring(0, tableAt) + firstTasks + parts.before().substring(tableEnd));
  }

  /** {@link #walk}, and {@code null} should it fail. */
  static String walkOrNull(String sql, int cap) {
    try {
      return walk(sql, cap);
    } catch (RuntimeException e) {
      LOG.warn("Task page asked of all tasks: the walk's statement failed to build", e);
      return null;
    }
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
        Walk walk = PAGE_STATEMENT.equals(statement.getId()) ? WALK.get() : null;
        String walked = walk == null ? null : walkOrNull(sql, walk.cap);
        String better = walked == null ? rewriteOrNull(sql) : null;
        if (walked != null) {
          mybatis.newMetaObject(bound).setValue("sql", walked);
          walk.done = true;
        } else if (better != null) {
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

  /**
   * How many tasks the next walk looks at, after one of {@code walked} tasks came back short with {@code visible} of
   * them the person's (as far as the short page tells: its offset plus its rows): as many as that share suggests
   * for the {@code wanted} tasks, with half again as many for luck, at least twice the last walk and at most
   * {@code cap}, the next of the fixed steps. A person who sees one task in twenty (12 of the first 250) finds a
   * first page among the first 500 tasks instead of 2,500, where each task walked costs a probe of the grants.
   */
  static int nextWalk(int walked, int visible, long wanted, int cap) {
    if (visible <= 0) {
      return cap;
    }
    long estimate = (long) Math.ceil(1.5 * walked * wanted / visible);
    return (int) Math.min(cap, Math.max(2L * walked, estimate));
  }

  /**
   * A page of a task list (Tasklist's 15 tasks) is first looked for among the first 250 tasks in the page's order,
   * then among as many as the share of the person's tasks among those suggests ({@link #nextWalk}), up to the first
   * 2,500, and only then among all ({@link #walk}); a page that comes back full is Camunda's page. A statement the
   * walk cannot take (another shape, an order no index walks) runs once, as before.
   */
  @Intercepts(@Signature(type = Executor.class, method = "query",
      args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}))
  static final class PagesFromTheFirstTasks implements Interceptor {
    private final TaskListGrants plugin;

    PagesFromTheFirstTasks(TaskListGrants plugin) {
      this.plugin = plugin;
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
      Object[] args = invocation.getArgs();
      if (!plugin.active || !(args[0] instanceof MappedStatement statement)
          || !PAGE_STATEMENT.equals(statement.getId())
          || !(args[1] instanceof ListQueryParameterObject page)
          || page.getMaxResults() <= 0 || page.getMaxResults() == Integer.MAX_VALUE) {
        return invocation.proceed();
      }
      long wanted = (long) page.getFirstResult() + page.getMaxResults();
      int[] caps = plugin.walkCaps;
      int walked = 0; // how many tasks the last walk that came back short looked at
      int visible = 0; // how many of them the person may see, as far as its answer tells
      for (int i = 0; i < caps.length; ) {
        int cap = walked == 0 ? caps[i] : nextWalk(walked, visible, wanted, caps[i]);
        if (wanted > cap) {
          i++;
          continue;
        }
        Walk walk = new Walk(cap);
        WALK.set(walk);
        Object answer;
        try {
          answer = invocation.proceed();
        } finally {
          WALK.remove();
        }
        if (!walk.done) {
          return answer; // not a statement the walk takes: this was the whole answer
        }
        int rows = answer instanceof List<?> list ? list.size() : 0;
        if (rows >= page.getMaxResults()) {
          plugin.walkedPages.incrementAndGet();
          return answer;
        }
        ((Executor) invocation.getTarget()).clearLocalCache();
        walked = cap;
        visible = rows > 0 ? page.getFirstResult() + rows : page.getFirstResult();
        if (cap == caps[i]) {
          i++;
        }
      }
      return invocation.proceed();
    }
  }
}
