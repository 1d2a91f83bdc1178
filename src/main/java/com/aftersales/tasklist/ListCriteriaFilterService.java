package com.aftersales.tasklist;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.FilterServiceImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.query.Query;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The engine's filter service, with a filter's {@link ListCriteria} added to every run of it (list, page, count,
 * single result), as an extension of the stored query: the stored criteria, then these, then what the caller
 * (Tasklist, {@code /engine-rest/filter/{id}/list}) sends. Everything else is the engine's, authorization included:
 * reading the filter's properties needs the same READ permission as running it.
 */
public class ListCriteriaFilterService extends FilterServiceImpl {

  private final IdentityService identityService;

  public ListCriteriaFilterService(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public <T> List<T> list(String filterId) {
    return super.list(filterId, extension(filterId, null));
  }

  @Override
  public <T, Q extends Query<?, T>> List<T> list(String filterId, Q extendingQuery) {
    return super.list(filterId, extension(filterId, extendingQuery));
  }

  @Override
  public <T> List<T> listPage(String filterId, int firstResult, int maxResults) {
    return super.listPage(filterId, extension(filterId, null), firstResult, maxResults);
  }

  @Override
  public <T, Q extends Query<?, T>> List<T> listPage(String filterId, Q extendingQuery, int firstResult, int maxResults) {
    return super.listPage(filterId, extension(filterId, extendingQuery), firstResult, maxResults);
  }

  @Override
  public <T> T singleResult(String filterId) {
    return super.singleResult(filterId, extension(filterId, null));
  }

  @Override
  public <T, Q extends Query<?, T>> T singleResult(String filterId, Q extendingQuery) {
    return super.singleResult(filterId, extension(filterId, extendingQuery));
  }

  @Override
  public Long count(String filterId) {
    return super.count(filterId, extension(filterId, null));
  }

  @Override
  public Long count(String filterId, Query<?, ?> extendingQuery) {
    return super.count(filterId, extension(filterId, extendingQuery));
  }

  /**
   * The caller's extension with the filter's criteria underneath, or the caller's as it is (null included: the
   * engine's own service treats a null extension as none).
   */
  @SuppressWarnings("unchecked")
  private <Q extends Query<?, ?>> Q extension(String filterId, Q callersQuery) {
    Filter filter = getFilter(filterId);
    ListCriteria criteria = filter == null ? null : ListCriteria.of(filter.getProperties());
    if (criteria == null || !"Task".equals(filter.getResourceType())) {
      return callersQuery;
    }
    Authentication authentication = identityService.getCurrentAuthentication();
    TaskQueryImpl own = new TaskQueryImpl();
    criteria.apply(own, authentication == null ? null : authentication.getUserId(), ClockUtil.getCurrentTime());
    if (callersQuery == null) {
      return (Q) own;
    }
    return (Q) own.extend((TaskQuery) callersQuery);
  }
}
