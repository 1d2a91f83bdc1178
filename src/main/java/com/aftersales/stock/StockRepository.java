package com.aftersales.stock;

import static com.aftersales.calendar.DatabaseTimes.instant;
import static com.aftersales.calendar.DatabaseTimes.timestamp;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The ledger tables (V210_1). Ledger lines are only inserted; a level changes only through {@link #change}, a
 * single conditional UPDATE: the database's row lock makes a second concurrent issue of the last unit wait and
 * then find the condition false, on H2 as on PostgreSQL, so no read-then-write race exists.
 */
@Repository
public class StockRepository {

  private static final String MOVEMENT_COLUMNS = "id, movement_type, store_code, part_code, quantity, delta,"
      + " balance_after, unit_cost, case_number, requisition_number, reference, actor, reason, occurred_at";
  private static final String LEVEL_COLUMNS = "l.store_code, l.part_code, p.name, p.model, p.specification, p.unit,"
      + " l.quantity, p.reorder_level, p.cost_price";

  private final NamedParameterJdbcTemplate jdbc;

  public StockRepository(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts the part and a zero level in every store, so movements never race to create a level row. */
  public void insertPart(Part part, Instant now) {
    MapSqlParameterSource p = new MapSqlParameterSource()
        .addValue("code", part.code())
        .addValue("name", part.name())
        .addValue("model", part.model())
        .addValue("specification", part.specification())
        .addValue("unit", part.unit())
        .addValue("shelfLife", part.shelfLifeMonths())
        .addValue("reorder", part.reorderLevel())
        .addValue("cost", part.costPrice())
        .addValue("now", timestamp(now));
    jdbc.update("INSERT INTO stock_part (part_code, name, model, specification, unit, shelf_life_months,"
        + " reorder_level, cost_price, created_at) VALUES (:code, :name, :model, :specification, :unit, :shelfLife,"
        + " :reorder, :cost, :now)", p);
    jdbc.update("INSERT INTO stock_level (store_code, part_code, quantity, updated_at)"
        + " SELECT store_code, :code, 0, :now FROM stock_store", p);
  }

  public Optional<Part> part(String code) {
    return jdbc.query("SELECT * FROM stock_part WHERE part_code = :code", new MapSqlParameterSource("code", code),
        PART).stream().findFirst();
  }

  public List<Part> parts() {
    return jdbc.query("SELECT * FROM stock_part ORDER BY part_code", PART);
  }

  /**
   * Adds the delta to the level unless that takes it below zero.
   *
   * @return whether the level changed (false: not enough in the store)
   */
  public boolean change(String store, String part, int delta, Instant now) {
    return jdbc.update("UPDATE stock_level SET quantity = quantity + :delta, updated_at = :now"
        + " WHERE store_code = :store AND part_code = :part AND quantity + :delta >= 0",
        new MapSqlParameterSource("delta", delta).addValue("now", timestamp(now)).addValue("store", store)
            .addValue("part", part)) == 1;
  }

  public int quantity(String store, String part) {
    List<Integer> found = jdbc.queryForList("SELECT quantity FROM stock_level WHERE store_code = :store"
        + " AND part_code = :part", new MapSqlParameterSource("store", store).addValue("part", part), Integer.class);
    return found.isEmpty() ? 0 : found.get(0);
  }

  public long insertMovement(Booking b, int delta, int balanceAfter, BigDecimal unitCost, Instant now) {
    MapSqlParameterSource p = new MapSqlParameterSource()
        .addValue("key", b.key())
        .addValue("type", b.type().name())
        .addValue("store", b.store())
        .addValue("part", b.part())
        .addValue("quantity", b.quantity())
        .addValue("delta", delta)
        .addValue("balance", balanceAfter)
        .addValue("cost", unitCost)
        .addValue("caseNumber", b.caseNumber())
        .addValue("requisition", b.requisitionNumber())
        .addValue("reference", b.reference())
        .addValue("actor", b.actor())
        .addValue("reason", b.reason())
        .addValue("now", timestamp(now));
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.update("INSERT INTO stock_movement (movement_key, movement_type, store_code, part_code, quantity, delta,"
        + " balance_after, unit_cost, case_number, requisition_number, reference, actor, reason, occurred_at)"
        + " VALUES (:key, :type, :store, :part, :quantity, :delta, :balance, :cost, :caseNumber, :requisition,"
        + " :reference, :actor, :reason, :now)", p, keys, new String[] {"id"});
    return keys.getKey().longValue();
  }

  public Optional<Movement> movementByKey(String key) {
    return jdbc.query("SELECT " + MOVEMENT_COLUMNS + " FROM stock_movement WHERE movement_key = :key",
        new MapSqlParameterSource("key", key), MOVEMENT).stream().findFirst();
  }

  public Movement movement(long id) {
    return jdbc.queryForObject("SELECT " + MOVEMENT_COLUMNS + " FROM stock_movement WHERE id = :id",
        new MapSqlParameterSource("id", id), MOVEMENT);
  }

  public List<Movement> movements(MovementFilter f, ZoneId zone) {
    StringBuilder sql = new StringBuilder("SELECT " + MOVEMENT_COLUMNS + " FROM stock_movement WHERE 1 = 1");
    MapSqlParameterSource p = new MapSqlParameterSource();
    condition(sql, p, "store_code", "store", f.store());
    condition(sql, p, "part_code", "part", f.part());
    condition(sql, p, "case_number", "caseNumber", f.caseNumber());
    condition(sql, p, "requisition_number", "requisition", f.requisitionNumber());
    condition(sql, p, "movement_type", "type", f.type() == null ? null : f.type().name());
    if (f.from() != null) {
      sql.append(" AND occurred_at >= :from");
      p.addValue("from", f.from().atStartOfDay(zone).toOffsetDateTime());
    }
    if (f.to() != null) {
      sql.append(" AND occurred_at < :to");
      p.addValue("to", f.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
    }
    sql.append(" ORDER BY id");
    return jdbc.query(sql.toString(), p, MOVEMENT);
  }

  public List<StockLevel> levels(String store, String part, boolean atOrBelowReorderOnly) {
    StringBuilder sql = new StringBuilder("SELECT " + LEVEL_COLUMNS
        + " FROM stock_level l JOIN stock_part p ON p.part_code = l.part_code WHERE 1 = 1");
    MapSqlParameterSource p = new MapSqlParameterSource();
    condition(sql, p, "l.store_code", "store", store);
    condition(sql, p, "l.part_code", "part", part);
    if (atOrBelowReorderOnly) {
      sql.append(" AND l.quantity <= p.reorder_level");
    }
    sql.append(" ORDER BY l.store_code, l.part_code");
    return jdbc.query(sql.toString(), p, LEVEL);
  }

  /** Levels at or under the reorder level, the largest shortfall first, with any open purchase request. */
  public List<StockService.BelowReorder> belowReorder(String store) {
    StringBuilder sql = new StringBuilder("SELECT l.store_code, l.part_code, p.name, p.model, p.unit, l.quantity,"
        + " p.reorder_level, r.suggested_quantity, r.opened_at FROM stock_level l"
        + " JOIN stock_part p ON p.part_code = l.part_code"
        + " LEFT JOIN stock_reorder r ON r.store_code = l.store_code AND r.part_code = l.part_code"
        + " WHERE l.quantity <= p.reorder_level");
    MapSqlParameterSource p = new MapSqlParameterSource();
    condition(sql, p, "l.store_code", "store", store);
    sql.append(" ORDER BY p.reorder_level - l.quantity DESC, l.store_code, l.part_code");
    return jdbc.query(sql.toString(), p, (rs, n) -> new StockService.BelowReorder(rs.getString("store_code"),
        rs.getString("part_code"), rs.getString("name"), rs.getString("model"), rs.getString("unit"),
        rs.getInt("quantity"), rs.getInt("reorder_level"), rs.getInt("reorder_level") - rs.getInt("quantity"),
        nullableInt(rs, "suggested_quantity"), instant(rs, "opened_at")));
  }

  /** A receipt of a part that ages (a batch, 批次): when it came in and how many. */
  public record ReceivedBatch(String part, int quantity, Instant receivedAt) {}

  /** The receipts of the parts with a shelf life, each part's newest first. */
  public List<ReceivedBatch> receiptsOfAgeingParts() {
    return jdbc.query("SELECT m.part_code, m.quantity, m.occurred_at FROM stock_movement m"
        + " JOIN stock_part p ON p.part_code = m.part_code"
        + " WHERE m.movement_type = 'RECEIPT' AND p.shelf_life_months IS NOT NULL"
        + " ORDER BY m.part_code, m.occurred_at DESC, m.id DESC", new MapSqlParameterSource(),
        (rs, n) -> new ReceivedBatch(rs.getString("part_code"), rs.getInt("quantity"), instant(rs, "occurred_at")));
  }

  /** The parts with a shelf life and their quantity on hand over all stores. */
  public Map<Part, Integer> ageingPartsOnHand() {
    Map<Part, Integer> onHand = new LinkedHashMap<>();
    jdbc.query("SELECT p.*, (SELECT COALESCE(SUM(l.quantity), 0) FROM stock_level l"
        + " WHERE l.part_code = p.part_code) AS on_hand FROM stock_part p WHERE p.shelf_life_months IS NOT NULL"
        + " ORDER BY p.part_code", new MapSqlParameterSource(),
        rs -> {
          onHand.put(PART.mapRow(rs, 0), rs.getInt("on_hand"));
        });
    return onHand;
  }

  private static void condition(StringBuilder sql, MapSqlParameterSource p, String column, String name, Object value) {
    if (value != null) {
      sql.append(" AND ").append(column).append(" = :").append(name);
      p.addValue(name, value);
    }
  }

  private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }

  private static final RowMapper<Part> PART = (rs, n) -> new Part(rs.getString("part_code"), rs.getString("name"),
      rs.getString("model"), rs.getString("specification"), rs.getString("unit"),
      nullableInt(rs, "shelf_life_months"), rs.getInt("reorder_level"), rs.getBigDecimal("cost_price"));

  private static final RowMapper<StockLevel> LEVEL = (rs, n) -> new StockLevel(rs.getString("store_code"),
      rs.getString("part_code"), rs.getString("name"), rs.getString("model"), rs.getString("specification"),
      rs.getString("unit"), rs.getInt("quantity"), rs.getInt("reorder_level"), rs.getBigDecimal("cost_price"));

  private static final RowMapper<Movement> MOVEMENT = (rs, n) -> new Movement(rs.getLong("id"),
      MovementType.valueOf(rs.getString("movement_type")), rs.getString("store_code"), rs.getString("part_code"),
      rs.getInt("quantity"), rs.getInt("delta"), rs.getInt("balance_after"), rs.getBigDecimal("unit_cost"),
      rs.getString("case_number"), rs.getString("requisition_number"), rs.getString("reference"),
      rs.getString("actor"), rs.getString("reason"), instant(rs, "occurred_at"));
}
