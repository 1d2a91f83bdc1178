package com.aftersales.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;

/**
 * A read of Tasklist or Cockpit on the webapps' engine API (/camunda/api/engine) runs in one engine command, so in
 * one transaction on one pooled connection, instead of one per service call. Camunda's REST resources call the
 * engine's services one after the other, and each call is a command of its own: Tasklist's list request
 * ({@code POST /filter/{id}/list}) reads the filter five times and runs the page, the count, the page's variables,
 * its users and process definitions, about 18 transactions. Inside this filter's command the engine reuses the open
 * command context for each call (its {@code CommandContextInterceptor}), so the calls share one transaction, one
 * MyBatis session and its entity cache (the filter is read from the database once); every call still passes the
 * engine's interceptors and checks the caller's authorizations as before.
 *
 * <p>The transaction is this filter's own, opened before the command: a call the engine refuses (a filter the person
 * may not read, an unknown one) marks the shared transaction rollback-only, as Spring does for a participant, and
 * Camunda's REST layer answers the refusal (403, 404) as before; the transaction is then rolled back instead of
 * committed, where committing it through the engine's own transaction interceptor would fail the whole request with
 * Spring's {@code UnexpectedRollbackException}. A read writes nothing, so rolling it back loses nothing.
 *
 * <p>Only reads: every {@code GET}, and the two queries Tasklist sends as {@code POST} (a filter's {@code list} and
 * {@code count}). A request that changes something (claim, submit, save a filter) runs as Camunda runs it, one
 * command per call, so a failed step rolls back only its own. So do a task's form reads ({@code form},
 * {@code deployed-form}, {@code form-variables}, {@code rendered-form}): a job of the same case can move the task
 * while its form is read, and the engine's {@code TaskCompletionFailuresPlugin} then reads it again in a command and
 * transaction of its own, which it cannot do inside a shared one. Placed after the webapp's own filters
 * (authentication, security, CSRF), so that a refused request never opens a transaction.
 * {@code aftersales.tuning.engine-reads-in-one-command=false} leaves every request as Camunda runs it.
 */
public final class EngineReadsInOneCommand implements Filter {

  /** The webapps' engine API below the context path; the webapp application path is {@code /camunda}. */
  static final String PATTERN = "/camunda/api/engine/*";

  private static final Pattern QUERY_POSTS =
      Pattern.compile("/camunda/api/engine/engine/[^/]+/filter/[^/]+/(list|count)");

  /** A task's form reads: each keeps its own command, so that its retry gets a fresh transaction. */
  private static final Pattern FORM_READS =
      Pattern.compile("/camunda/api/engine/engine/[^/]+/task/[^/]+/(form|deployed-form|form-variables|rendered-form)");

  private final Supplier<ProcessEngine> engine;
  private final Supplier<PlatformTransactionManager> transactions;
  private final AtomicLong wrapped = new AtomicLong();
  private volatile CommandExecutor executor;

  public EngineReadsInOneCommand(Supplier<ProcessEngine> engine, Supplier<PlatformTransactionManager> transactions) {
    this.engine = engine;
    this.transactions = transactions;
  }

  /** Whether a request is one of the reads that run in one command. */
  static boolean isRead(String method, String path) {
    return "GET".equals(method) && !FORM_READS.matcher(path).matches()
        || "POST".equals(method) && QUERY_POSTS.matcher(path).matches();
  }

  /** Requests run in one command since start (tests). */
  public long wrappedRequests() {
    return wrapped.get();
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    // the servlet's path as the container decoded it, without path parameters (";x"), as the API routes it
    String path = http.getServletPath() + (http.getPathInfo() == null ? "" : http.getPathInfo());
    if (!isRead(http.getMethod(), path)) {
      chain.doFilter(request, response);
      return;
    }
    wrapped.incrementAndGet();
    PlatformTransactionManager manager = transactions.get();
    TransactionStatus transaction = manager.getTransaction(TransactionDefinition.withDefaults());
    boolean completed = false;
    try {
      inOneCommand(request, response, chain);
      completed = true;
    } finally {
      if (completed && !transaction.isRollbackOnly()) {
        manager.commit(transaction);
      } else {
        manager.rollback(transaction);
      }
    }
  }

  /**
   * The rest of the chain inside one engine command. A failure of the chain's own (the client gone while the answer
   * is written) is carried past the command and thrown after it, so the engine does not log it as a failed command.
   */
  private void inOneCommand(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Exception[] failure = new Exception[1];
    executor().execute((Command<Void>) context -> {
      try {
        chain.doFilter(request, response);
      } catch (IOException | ServletException e) {
        failure[0] = e;
      }
      return null;
    });
    if (failure[0] instanceof IOException io) {
      throw io;
    }
    if (failure[0] instanceof ServletException servlet) {
      throw servlet;
    }
  }

  private CommandExecutor executor() {
    CommandExecutor e = executor;
    if (e == null) {
      e = ((ProcessEngineConfigurationImpl) engine.get().getProcessEngineConfiguration())
          .getCommandExecutorTxRequired();
      executor = e;
    }
    return e;
  }
}
