package com.aftersales.engine;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ParameterMapping;
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
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterCountCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The number of tasks behind a saved filter — what Tasklist shows beside a list's name and under its pager — counted
 * again in the background instead of with every request, once it is large (docs/performance.md, "The Tasklist list
 * on PostgreSQL 15").
 *
 * <p>Tasklist asks for that number with every list request and every open tab's refresh (every 10 seconds), and
 * Camunda answers it by authorizing every task the person may see: at 100,000 open tasks and 64,000 of them visible
 * to customer service that is a quarter of a second of database work per request, whatever the page shows. A number
 * of that size is read, not worked with ("全部任务 64,292"), and one that is a few seconds old says the same. So:
 * <ul>
 *   <li>a filter's count below {@code aftersales.tuning.filter-count.exact-below} (1,000) is counted with every
 *       request, exactly as Camunda does: a person who holds a handful of tasks sees their number change at once;
 *   <li>a larger one is answered from the last count of the same statement with the same parameters (the same
 *       person, groups and criteria: the key is the statement's text and every value bound to it, so no person is
 *       ever shown a count made for another), and counted again in the background when it is older than
 *       {@code refresh-after} (10 s, Tasklist's refresh), one count at a time; one older than {@code max-age} (60 s)
 *       is not used but counted again before the answer;
 *   <li>only counts of a saved filter ({@code FilterService.count}: Tasklist's lists and the filter sidebar) are
 *       kept; a task query's own count ({@code TaskQuery.count()}, {@code GET /task/count}) is always exact.
 * </ul>
 * The tasks of the page itself are always read afresh. The background count runs the same statement with the same
 * parameter object through the engine (a command of its own), so it sees what the person's own count would.
 */
@Component
public class FilterCountCache extends AbstractProcessEnginePlugin {

  static final String STATEMENT = TaskListGrants.COUNT_STATEMENT;

  /** Set while a saved filter's count runs on this thread. */
  private static final ThreadLocal<Boolean> FILTER_COUNT = new ThreadLocal<>();

  private final boolean enabled;
  private volatile long exactBelow;
  private final Duration refreshAfter;
  private final Duration maxAge;
  private final AtomicLong served = new AtomicLong();
  private final AtomicLong recounted = new AtomicLong();
  private volatile CommandExecutor commandExecutor;
  private volatile LoadingCache<Key, Long> counts;
  private ExecutorService background;

  public FilterCountCache(
      @Value("${aftersales.tuning.filter-count.enabled:true}") boolean enabled,
      @Value("${aftersales.tuning.filter-count.exact-below:1000}") long exactBelow,
      @Value("${aftersales.tuning.filter-count.refresh-after:PT10S}") Duration refreshAfter,
      @Value("${aftersales.tuning.filter-count.max-age:PT60S}") Duration maxAge) {
    if (exactBelow < 1 || refreshAfter.isNegative() || refreshAfter.isZero() || maxAge.compareTo(refreshAfter) <= 0) {
      throw new IllegalArgumentException(
          "aftersales.tuning.filter-count: exact-below must be at least 1 and max-age longer than refresh-after");
    }
    this.enabled = enabled;
    this.exactBelow = exactBelow;
    this.refreshAfter = refreshAfter;
    this.maxAge = maxAge;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (!enabled) {
      return;
    }
    PreCommandInterceptors.add(configuration, new MarkFilterCounts());
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (!enabled) {
      return;
    }
    commandExecutor = configuration.getCommandExecutorTxRequired();
    background = Executors.newSingleThreadExecutor(runnable -> {
      Thread thread = new Thread(runnable, "filter-count");
      thread.setDaemon(true);
      return thread;
    });
    counts = Caffeine.newBuilder()
        .maximumSize(10_000)
        .refreshAfterWrite(refreshAfter)
        .expireAfterWrite(maxAge)
        .executor(background)
        .ticker(FilterCountCache::engineNanos)
        .build(this::count);
    Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
    mybatis.addInterceptor(new ServeLargeCounts(this, mybatis));
  }

  /** The engine's clock (which tests move) as a nanosecond ticker: the JVM's monotonic clock plus its offset. */
  private static long engineNanos() {
    return System.nanoTime() + (ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis()) * 1_000_000L;
  }

  /** Counts answered from the cache since start (tests and the benchmark read it). */
  public long servedFromCache() {
    return served.get();
  }

  /** Counts run in the background since start. */
  public long recountedInBackground() {
    return recounted.get();
  }

  /** Forgets every kept count and counts exactly below {@code exactBelow} from now on (tests). */
  void reset(long exactBelow) {
    this.exactBelow = exactBelow;
    if (counts != null) {
      counts.invalidateAll();
    }
  }

  /** The statement counted again through the engine, in a command of its own (the cache's loader). */
  private Long count(Key key) {
    Long n = commandExecutor.execute((Command<Long>) context ->
        context.getDbSqlSession().getSqlSession().selectOne(key.statement, key.parameter));
    recounted.incrementAndGet();
    return n;
  }

  /** Marks the thread while a saved filter's count runs (the outermost command, before the engine's context). */
  static final class MarkFilterCounts extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      if (!(command instanceof ExecuteFilterCountCmd) || FILTER_COUNT.get() != null) {
        return next.execute(command);
      }
      FILTER_COUNT.set(Boolean.TRUE);
      try {
        return next.execute(command);
      } finally {
        FILTER_COUNT.remove();
      }
    }
  }

  /** The statement and every value bound to it: equal keys ask the database the same question. */
  static final class Key {
    final String statement;
    final String sql;
    final List<Object> values;
    final Object parameter; // the first asker's parameter object, to count again with; not part of equality

    Key(String statement, String sql, List<Object> values, Object parameter) {
      this.statement = statement;
      this.sql = sql;
      this.values = values;
      this.parameter = parameter;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && statement.equals(key.statement) && sql.equals(key.sql)
          && values.equals(key.values);
    }

    @Override
    public int hashCode() {
      return Objects.hash(statement, sql, values);
    }
  }

  @Intercepts(@Signature(type = Executor.class, method = "query",
      args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}))
  static final class ServeLargeCounts implements Interceptor {
    private final FilterCountCache cache;
    private final Configuration mybatis;

    ServeLargeCounts(FilterCountCache cache, Configuration mybatis) {
      this.cache = cache;
      this.mybatis = mybatis;
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
      Object[] args = invocation.getArgs();
      if (FILTER_COUNT.get() == null || !(args[0] instanceof MappedStatement statement)
          || !STATEMENT.equals(statement.getId())) {
        return invocation.proceed();
      }
      Object parameter = args[1];
      BoundSql bound = statement.getBoundSql(parameter);
      Key key = new Key(statement.getId(), bound.getSql(), values(bound, parameter), parameter);
      Long kept = cache.counts.getIfPresent(key); // an old one is counted again in the background meanwhile
      if (kept != null && kept >= cache.exactBelow) {
        cache.served.incrementAndGet();
        return List.of(kept);
      }
      Object answer = invocation.proceed();
      if (answer instanceof List<?> rows && rows.size() == 1 && rows.get(0) instanceof Number n) {
        if (n.longValue() >= cache.exactBelow) {
          cache.counts.put(key, n.longValue());
        } else if (kept != null) {
          cache.counts.invalidate(key);
        }
      }
      return answer;
    }

    /** The values MyBatis binds to the statement's placeholders, found as its parameter handler finds them. */
    private List<Object> values(BoundSql bound, Object parameter) {
      List<ParameterMapping> mappings = bound.getParameterMappings();
      List<Object> values = new ArrayList<>(mappings.size());
      MetaObject meta = parameter == null ? null : mybatis.newMetaObject(parameter);
      for (ParameterMapping mapping : mappings) {
        String property = mapping.getProperty();
        Object value;
        if (bound.hasAdditionalParameter(property)) {
          value = bound.getAdditionalParameter(property);
        } else if (parameter == null) {
          value = null;
        } else if (mybatis.getTypeHandlerRegistry().hasTypeHandler(parameter.getClass())) {
          value = parameter;
        } else {
          value = meta.getValue(property);
        }
        values.add(value);
      }
      return values;
    }
  }
}
