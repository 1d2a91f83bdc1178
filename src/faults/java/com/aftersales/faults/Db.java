package com.aftersales.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The driver's own view of the database: plain JDBC, a new connection per call (the driver must outlive a database
 * restart just like the nodes; it is a handful of statements per second).
 */
final class Db {

  private final String url;
  private final String user;
  private final String password;

  Db(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  List<Map<String, Object>> rows(String sql, Object... args) throws SQLException {
    try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        List<Map<String, Object>> result = new ArrayList<>();
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int i = 1; i <= columns; i++) {
            row.put(rs.getMetaData().getColumnLabel(i).toLowerCase(), rs.getObject(i));
          }
          result.add(row);
        }
        return result;
      }
    }
  }

  long count(String sql, Object... args) throws SQLException {
    List<Map<String, Object>> rows = rows(sql, args);
    Object value = rows.isEmpty() ? null : rows.get(0).values().iterator().next();
    return value == null ? 0 : ((Number) value).longValue();
  }

  int update(String sql, Object... args) throws SQLException {
    try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      return s.executeUpdate();
    }
  }

  void execute(String sql) throws SQLException {
    try (Connection c = connect(); var s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
