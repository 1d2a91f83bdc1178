package com.aftersales.tasklist;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The parts of a Tasklist list that depend on who asks and when: filled in by {@link ListCriteriaFilterService}
 * each time the list runs. They replace the engine's query expressions ({@code ${currentUser()}}, {@code ${now()}},
 * {@code ${dateTime()...}}), which are switched off because the engine evaluates any expression a stored filter
 * carries, method calls on arbitrary classes included. A filter names its criteria in the filter property
 * {@link #PROPERTY}; the values always come from the logged-in user and the engine clock, never from the filter.
 */
public enum ListCriteria {

  /** Tasks assigned to the logged-in user. */
  ASSIGNED_TO_ME {
    @Override
    TaskQuery apply(TaskQuery query, String userId, Date now) {
      if (userId == null) {
        throw new BadUserRequestException("This list shows the tasks of the logged-in user; nobody is logged in");
      }
      return query.taskAssignee(userId);
    }
  },

  /** Due on the server's calendar day (the JVM's time zone, as Tasklist's own "today"). */
  DUE_TODAY {
    @Override
    TaskQuery apply(TaskQuery query, String userId, Date now) {
      LocalDate today = now.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
      return query.dueAfter(startOf(today)).dueBefore(startOf(today.plusDays(1)));
    }
  },

  /** Past their due date. */
  OVERDUE {
    @Override
    TaskQuery apply(TaskQuery query, String userId, Date now) {
      return query.dueBefore(now);
    }
  };

  /** The filter property naming the criteria (Tasklist keeps unknown filter properties as they are). */
  public static final String PROPERTY = "listCriteria";

  abstract TaskQuery apply(TaskQuery query, String userId, Date now);

  /** The criteria a filter's properties name, or null (also for values this version does not know). */
  static ListCriteria of(Map<String, Object> filterProperties) {
    Object name = filterProperties == null ? null : filterProperties.get(PROPERTY);
    for (ListCriteria criteria : values()) {
      if (criteria.name().equals(name)) {
        return criteria;
      }
    }
    return null;
  }

  private static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }
}
