package com.aftersales.customers;

import com.aftersales.cases.ProductWarranty;
import com.aftersales.cases.WarrantyProperties;
import com.aftersales.cases.WarrantyTerms;
import java.time.LocalDate;
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
  private final WarrantyProperties properties;

  public JdbcWarrantyTerms(JdbcTemplate jdbc, WarrantyProperties properties) {
    this.jdbc = jdbc;
    this.properties = properties;
  }

  /**
   * The warranty of the product the case is about (service_case.product_id): it starts on the installation date,
   * else the purchase date (the registered product's, else the case's); it ends on the registration's own end date,
   * else the start plus the model's registered term, else plus {@code aftersales.warranty-months}. Empty when the
   * case has no product or no start is known.
   */
  @Override
  @Transactional(readOnly = true)
  public Optional<ProductWarranty> ofCase(String caseNumber) {
    return jdbc.query(
        "SELECT p.id, p.model, p.serial_number, p.installed_on, p.purchase_date, p.warranty_ends_on,"
            + " sc.purchase_date AS case_purchase_date"
            + " FROM service_case sc JOIN product p ON p.id = sc.product_id WHERE sc.case_number = ?",
        (rs, i) -> {
          LocalDate installed = rs.getObject("installed_on", LocalDate.class);
          LocalDate bought = rs.getObject("purchase_date", LocalDate.class);
          LocalDate start = installed != null ? installed
              : bought != null ? bought : rs.getObject("case_purchase_date", LocalDate.class);
          return warranty(rs.getLong("id"), rs.getString("model"), rs.getString("serial_number"), start,
              rs.getObject("warranty_ends_on", LocalDate.class));
        },
        caseNumber).stream().flatMap(Optional::stream).findFirst();
  }

  /** A product's warranty from its start and, where the registration gives none, its model's term. */
  public Optional<ProductWarranty> warranty(long productId, String model, String serialNumber, LocalDate start,
      LocalDate registeredEnd) {
    if (start == null) {
      return Optional.empty();
    }
    LocalDate end = registeredEnd != null ? registeredEnd
        : start.plusMonths(months(model).orElse(properties.warrantyMonths()));
    return Optional.of(new ProductWarranty(productId, serialNumber, start, end));
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

  @Override
  @Transactional(readOnly = true)
  public Optional<Integer> ownPartMonths(String productModel, String partCode) {
    if (productModel == null || partCode == null) {
      return Optional.empty();
    }
    return first(jdbc.queryForList(
        "SELECT months FROM warranty_term WHERE product_model = ? AND part_code = ?", Integer.class, productModel,
        partCode));
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
