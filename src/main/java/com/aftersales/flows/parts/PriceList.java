package com.aftersales.flows.parts;

import com.aftersales.flows.parts.PartsDecisions.Price;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The company's price list of parts per product model (004 附表): where it prices a part, that price is billed; the
 * appendix table (parts-price.dmn) serves only the parts it does not price. A row without a size prices every size.
 */
@Repository
public class PriceList {

  /** One price: model, part and size ('' = every size) with unit and price in yuan. */
  public record Entry(String productModel, String part, String size, String unit, BigDecimal unitPrice,
      String updatedBy, Instant updatedAt) {}

  private final NamedParameterJdbcTemplate jdbc;

  public PriceList(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The list's price of the part for the model: its own size first, then the row for every size. */
  public Optional<Price> price(String productModel, String part, String size) {
    if (productModel == null || part == null) {
      return Optional.empty();
    }
    String ownSize = size == null ? "" : size.trim();
    List<Entry> rows = jdbc.query("SELECT * FROM parts_price_list WHERE product_model = :model AND part = :part"
            + " AND part_size IN (:size, '') ORDER BY part_size DESC",
        new MapSqlParameterSource("model", productModel).addValue("part", part).addValue("size", ownSize),
        (rs, n) -> entry(rs));
    return rows.stream().findFirst().map(e -> new Price(e.unitPrice(), e.unit()));
  }

  public List<Entry> list(String productModel) {
    return jdbc.query("SELECT * FROM parts_price_list WHERE (:model IS NULL OR product_model = :model)"
            + " ORDER BY product_model, part, part_size",
        new MapSqlParameterSource("model", productModel), (rs, n) -> entry(rs));
  }

  /** Sets the price (a new row or a changed one). */
  @Transactional
  public Entry put(String productModel, String part, String size, String unit, BigDecimal unitPrice, String user,
      Instant now) {
    MapSqlParameterSource p = new MapSqlParameterSource("model", productModel).addValue("part", part)
        .addValue("size", size).addValue("unit", unit).addValue("price", unitPrice).addValue("user", user)
        .addValue("at", Timestamp.from(now));
    int changed = jdbc.update("UPDATE parts_price_list SET unit = :unit, unit_price = :price, updated_by = :user,"
        + " updated_at = :at WHERE product_model = :model AND part = :part AND part_size = :size", p);
    if (changed == 0) {
      jdbc.update("INSERT INTO parts_price_list (product_model, part, part_size, unit, unit_price, updated_by,"
          + " updated_at) VALUES (:model, :part, :size, :unit, :price, :user, :at)", p);
    }
    return new Entry(productModel, part, size, unit, unitPrice, user, now);
  }

  public boolean remove(String productModel, String part, String size) {
    return jdbc.update("DELETE FROM parts_price_list WHERE product_model = :model AND part = :part"
            + " AND part_size = :size",
        new MapSqlParameterSource("model", productModel).addValue("part", part).addValue("size", size)) > 0;
  }

  private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Entry(rs.getString("product_model"), rs.getString("part"), rs.getString("part_size"),
        rs.getString("unit"), rs.getBigDecimal("unit_price"), rs.getString("updated_by"),
        rs.getTimestamp("updated_at").toInstant());
  }
}
