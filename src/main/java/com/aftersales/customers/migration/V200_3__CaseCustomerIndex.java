package com.aftersales.customers.migration;

import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Indexes service_case by customer and by product (the archive's 360 view and the repeat-repair check read cases
 * that way). On PostgreSQL CONCURRENTLY, outside a transaction, so intake keeps writing cases while a large table is
 * indexed; H2 has no such form and builds it plainly. IF NOT EXISTS lets a run interrupted half way be repeated.
 */
@Component
public class V200_3__CaseCustomerIndex extends BaseJavaMigration {

  @Override
  public boolean canExecuteInTransaction() {
    return false;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    boolean postgres = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    String create = postgres ? "CREATE INDEX CONCURRENTLY IF NOT EXISTS " : "CREATE INDEX IF NOT EXISTS ";
    try (Statement statement = context.getConnection().createStatement()) {
      statement.execute(create + "ix_service_case_customer ON service_case (customer_id)");
      statement.execute(create + "ix_service_case_product ON service_case (product_id)");
    }
  }
}
