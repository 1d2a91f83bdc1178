package com.aftersales.flows.parts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Which product line each product model belongs to (table {@code product_model_line}), as service managers keep it:
 * the line decides the parts catalogue the parts forms offer ({@link PartsCatalogues#lineOf}). A model without a row
 * is furniture.
 */
@Service
public class ProductLines {

  /** A line with its label and the models recorded for it, sorted. */
  public record Line(String line, String label, List<String> models) {}

  /** A model and its line, as recorded. */
  public record Assignment(String model, String line, String label) {}

  private final NamedParameterJdbcTemplate jdbc;

  public ProductLines(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Every line in the catalogue's order, each with its recorded models. */
  public List<Line> lines() {
    Map<ProductLine, List<String>> models = new EnumMap<>(ProductLine.class);
    for (ProductLine line : ProductLine.values()) {
      models.put(line, new ArrayList<>());
    }
    jdbc.query("SELECT product_model, product_line FROM product_model_line ORDER BY product_model", rs -> {
      String model = rs.getString("product_model");
      ProductLine.of(rs.getString("product_line")).ifPresent(line -> models.get(line).add(model));
    });
    List<Line> lines = new ArrayList<>();
    models.forEach((line, names) -> lines.add(new Line(line.code(), line.label(), List.copyOf(names))));
    return lines;
  }

  /**
   * Records the model's line, replacing the one it had. Statement by statement (no transaction around them), so that
   * a row another request inserted meanwhile is updated instead.
   */
  public Assignment assign(String model, ProductLine line) {
    MapSqlParameterSource params = new MapSqlParameterSource("model", model).addValue("line", line.code());
    String update = "UPDATE product_model_line SET product_line = :line WHERE product_model = :model";
    if (jdbc.update(update, params) == 0) {
      try {
        jdbc.update("INSERT INTO product_model_line (product_model, product_line) VALUES (:model, :line)", params);
      } catch (DuplicateKeyException recordedMeanwhile) {
        jdbc.update(update, params);
      }
    }
    return new Assignment(model, line.code(), line.label());
  }
}
