package com.aftersales.stock.count;

import com.aftersales.stock.Booking;
import com.aftersales.stock.MovementType;
import com.aftersales.stock.StockLevel;
import com.aftersales.stock.StockService;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One store's count (盘点, 003 五.2 "定期对配件库存进行盘点, 确保账实相符"): the quantities the ledger expects when the
 * count opens, what the store keeper counted, and, once a manager approves, one correction line per difference.
 * Every write can run twice (jobs run at least once) and ends in the same state.
 */
@Service
@Transactional
public class StockCounts {

  private final NamedParameterJdbcTemplate jdbc;
  private final StockService stock;

  public StockCounts(NamedParameterJdbcTemplate jdbc, StockService stock) {
    this.jdbc = jdbc;
    this.stock = stock;
  }

  /** A counted line: what the ledger expected and what was found. */
  public record Line(String part, int expected, int counted) {
    public int difference() {
      return counted - expected;
    }
  }

  /** Opens the count with the expected quantities of every part in the store; a second call changes nothing. */
  public List<StockLevel> open(String countId, String store, String processInstanceId, Instant now) {
    List<StockLevel> levels = stock.levels(store, null, false);
    boolean exists = !jdbc.queryForList("SELECT count_id FROM stock_count WHERE count_id = :id",
        new MapSqlParameterSource("id", countId), String.class).isEmpty();
    if (!exists) {
      jdbc.update("INSERT INTO stock_count (count_id, store_code, process_instance_id, status, opened_at)"
          + " VALUES (:id, :store, :pi, 'OPEN', :now)", new MapSqlParameterSource("id", countId)
          .addValue("store", store).addValue("pi", processInstanceId).addValue("now", now.atOffset(ZoneOffset.UTC)));
      for (StockLevel level : levels) {
        jdbc.update("INSERT INTO stock_count_line (count_id, part_code, expected) VALUES (:id, :part, :expected)",
            new MapSqlParameterSource("id", countId).addValue("part", level.part())
                .addValue("expected", level.quantity()));
      }
    }
    return levels;
  }

  /** The expected quantity of each part of the count, in part order. */
  @Transactional(readOnly = true)
  public Map<String, Integer> expected(String countId) {
    Map<String, Integer> expected = new LinkedHashMap<>();
    jdbc.query("SELECT part_code, expected FROM stock_count_line WHERE count_id = :id ORDER BY part_code",
        new MapSqlParameterSource("id", countId),
        rs -> {
          expected.put(rs.getString("part_code"), rs.getInt("expected"));
        });
    return expected;
  }

  /**
   * Records the count: the parts named were found in the given quantities, every other part as expected.
   *
   * @return the lines that differ
   */
  public List<Line> record(String countId, Map<String, Integer> found, String countedBy, Instant now) {
    Map<String, Integer> expected = expected(countId);
    List<Line> differences = new ArrayList<>();
    for (Map.Entry<String, Integer> e : expected.entrySet()) {
      int counted = found.getOrDefault(e.getKey(), e.getValue());
      jdbc.update("UPDATE stock_count_line SET counted = :counted WHERE count_id = :id AND part_code = :part",
          new MapSqlParameterSource("counted", counted).addValue("id", countId).addValue("part", e.getKey()));
      if (counted != e.getValue()) {
        differences.add(new Line(e.getKey(), e.getValue(), counted));
      }
    }
    jdbc.update("UPDATE stock_count SET status = 'COUNTED', counted_by = :by, counted_at = :now WHERE count_id = :id",
        new MapSqlParameterSource("by", countedBy).addValue("now", now.atOffset(ZoneOffset.UTC))
            .addValue("id", countId));
    return differences;
  }

  /** Books each approved difference as a correction line, keyed by the count and part so a rerun books none again. */
  public void approve(String countId, String store, String approvedBy, Instant now) {
    List<Line> lines = jdbc.query("SELECT part_code, expected, counted FROM stock_count_line WHERE count_id = :id"
        + " AND counted IS NOT NULL AND counted <> expected ORDER BY part_code",
        new MapSqlParameterSource("id", countId),
        (rs, n) -> new Line(rs.getString("part_code"), rs.getInt("expected"), rs.getInt("counted")));
    for (Line line : lines) {
      stock.book(new Booking(MovementType.CORRECTION, store, line.part(), Math.abs(line.difference()),
          line.difference(), null, null, countId, approvedBy,
          "盘点调整 " + countId + ": 账面 " + line.expected() + ", 实盘 " + line.counted(),
          "stocktaking:" + countId + ":" + line.part()));
    }
    jdbc.update("UPDATE stock_count SET status = 'APPROVED', approved_by = :by, approved_at = :now"
        + " WHERE count_id = :id", new MapSqlParameterSource("by", approvedBy)
        .addValue("now", now.atOffset(ZoneOffset.UTC)).addValue("id", countId));
  }
}
