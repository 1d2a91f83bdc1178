package com.aftersales.reports.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Case numbers of process instances: the business key the flows start with, else the case record that names the
 * instance (service_case.process_instance_id). Also the small conversions the commitments share.
 */
@Component
class CaseNumbers {

  private final ObjectProvider<HistoryService> historyService;
  private final NamedParameterJdbcTemplate jdbc;

  CaseNumbers(ObjectProvider<HistoryService> historyService, NamedParameterJdbcTemplate jdbc) {
    this.historyService = historyService;
    this.jdbc = jdbc;
  }

  Map<String, String> of(Collection<String> processInstanceIds) {
    Map<String, String> numbers = new HashMap<>();
    if (processInstanceIds.isEmpty()) {
      return numbers;
    }
    List<String> ids = List.copyOf(new java.util.HashSet<>(processInstanceIds));
    // Chunks keep the IN lists short on every database.
    for (int i = 0; i < ids.size(); i += 500) {
      List<String> chunk = ids.subList(i, Math.min(ids.size(), i + 500));
      for (HistoricProcessInstance p :
          historyService.getObject().createHistoricProcessInstanceQuery()
              .processInstanceIds(new java.util.HashSet<>(chunk)).list()) {
        if (p.getBusinessKey() != null) {
          numbers.put(p.getId(), p.getBusinessKey());
        }
      }
      List<String> missing = chunk.stream().filter(id -> !numbers.containsKey(id)).toList();
      if (!missing.isEmpty()) {
        jdbc.query(
            "SELECT case_number, process_instance_id FROM service_case WHERE process_instance_id IN (:ids)",
            new MapSqlParameterSource("ids", missing),
            rs -> {
              numbers.put(rs.getString("process_instance_id"), rs.getString("case_number"));
            });
      }
    }
    return numbers;
  }

  static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value != null ? value.toInstant() : null;
  }

  static OffsetDateTime timestamp(Instant instant) {
    return instant.atOffset(java.time.ZoneOffset.UTC);
  }
}
