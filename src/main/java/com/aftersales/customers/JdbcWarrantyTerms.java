package com.aftersales.customers;

import com.aftersales.cases.WarrantyTerms;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Warranty terms per product model and, where a part has its own, per part (table warranty_term). Registering a
 * term again replaces it, so a repeated request changes nothing.
 */
@Component
public class JdbcWarrantyTerms implements WarrantyTerms {

  private final JdbcTemplate jdbc;

  public JdbcWarrantyTerms(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Integer> months(String productModel) {
    if (productModel == null) {
      return Optional.empty();
    }
    return first(jdbc.queryForList(
        "SELECT months FROM warranty_term WHERE product_model = ? AND part_code IS NULL", Integer.class,
        productModel));
  }

  /** The part's own period, else the product's. */
  @Transactional(readOnly = true)
  public Optional<Integer> months(String productModel, String partCode) {
    if (partCode != null) {
      Optional<Integer> own = first(jdbc.queryForList(
          "SELECT months FROM warranty_term WHERE product_model = ? AND part_code = ?", Integer.class, productModel,
          partCode));
      if (own.isPresent()) {
        return own;
      }
    }
    return months(productModel);
  }

  @Transactional
  public void register(String productModel, String partCode, int months) {
    if (partCode == null) {
      jdbc.update("DELETE FROM warranty_term WHERE product_model = ? AND part_code IS NULL", productModel);
    } else {
      jdbc.update("DELETE FROM warranty_term WHERE product_model = ? AND part_code = ?", productModel, partCode);
    }
    jdbc.update("INSERT INTO warranty_term (product_model, part_code, months) VALUES (?, ?, ?)", productModel,
        partCode, months);
  }

  private static Optional<Integer> first(List<Integer> values) {
    return values.stream().findFirst();
  }
}
