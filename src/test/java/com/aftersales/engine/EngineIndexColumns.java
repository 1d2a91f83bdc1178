package com.aftersales.engine;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/** The indexes of an engine table as the database reports them (H2 and PostgreSQL metadata alike). */
final class EngineIndexColumns {

  /** Key column of an index: its name, and "D" when it is sorted descending. */
  record Column(String name, boolean descending) {
    @Override
    public String toString() {
      return descending ? name + " DESC" : name;
    }
  }

  private EngineIndexColumns() {}

  /** Index name (upper case) to its key columns in order. */
  static Map<String, List<Column>> of(DataSource dataSource, String table) throws SQLException {
    Map<String, TreeMap<Short, Column>> found = new TreeMap<>();
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      for (String t : new String[] {table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT)}) {
        try (ResultSet rs = meta.getIndexInfo(null, null, t, false, false)) {
          while (rs.next()) {
            String index = rs.getString("INDEX_NAME");
            String column = rs.getString("COLUMN_NAME");
            if (index == null || column == null) {
              continue;
            }
            found.computeIfAbsent(index.toUpperCase(Locale.ROOT), k -> new TreeMap<>())
                .put(rs.getShort("ORDINAL_POSITION"),
                    new Column(column.toUpperCase(Locale.ROOT).replace("\"", ""), "D".equals(rs.getString("ASC_OR_DESC"))));
          }
        }
      }
    }
    Map<String, List<Column>> indexes = new TreeMap<>();
    found.forEach((name, columns) -> indexes.put(name, new ArrayList<>(columns.values())));
    return indexes;
  }

  /** Declared maximum width of each column of the table, in characters or bytes as the metadata gives it. */
  static Map<String, Integer> widths(DataSource dataSource, String table) throws SQLException {
    Map<String, Integer> widths = new TreeMap<>();
    try (Connection c = dataSource.getConnection()) {
      for (String t : new String[] {table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT)}) {
        try (ResultSet rs = c.getMetaData().getColumns(null, null, t, null)) {
          while (rs.next()) {
            widths.put(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT), rs.getInt("COLUMN_SIZE"));
          }
        }
      }
    }
    return widths;
  }
}
