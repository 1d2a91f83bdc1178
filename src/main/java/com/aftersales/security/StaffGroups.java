package com.aftersales.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Groups;

/** The group ids used as candidate groups in the models and in the application's own checks. */
public final class StaffGroups {

  public static final String CUSTOMER_SERVICE = "customer-service";
  public static final String ENGINEERS = "engineers";
  public static final String SERVICE_MANAGERS = "service-managers";
  public static final String REGIONAL_MANAGERS = "regional-managers";
  public static final String SALES = "sales";
  public static final String SALES_OFFICE = "sales-office";
  public static final String GENERAL_MANAGER = "general-manager";
  public static final String PLANNING = "planning";
  public static final String PRODUCTION = "production";
  public static final String WAREHOUSE = "warehouse";
  public static final String MARKETING_MANAGERS = "marketing-managers";
  public static final String FINANCE = "finance";
  public static final String ANALYSTS = "analysts";
  /** Keep the spare-parts store: issue, take back, count (配件管理人员, 003 五.3). */
  public static final String STORE_KEEPERS = "store-keepers";
  public static final String CAMUNDA_ADMIN = Groups.CAMUNDA_ADMIN;

  /** Staff groups (everyone who works tasks) with their display names. */
  public static final Map<String, String> STAFF = staff();

  private StaffGroups() {}

  public static List<String> staffGroupIds() {
    return List.copyOf(STAFF.keySet());
  }

  private static Map<String, String> staff() {
    Map<String, String> groups = new LinkedHashMap<>();
    groups.put(CUSTOMER_SERVICE, "Customer service");
    groups.put(ENGINEERS, "Service engineers");
    groups.put(SERVICE_MANAGERS, "Service managers");
    groups.put(REGIONAL_MANAGERS, "Regional managers");
    groups.put(SALES, "Sales");
    groups.put(SALES_OFFICE, "Sales office");
    groups.put(GENERAL_MANAGER, "General manager");
    groups.put(PLANNING, "Planning");
    groups.put(PRODUCTION, "Production");
    groups.put(WAREHOUSE, "Warehouse");
    groups.put(MARKETING_MANAGERS, "Marketing managers");
    groups.put(FINANCE, "Finance");
    groups.put(ANALYSTS, "Process analysts");
    groups.put(STORE_KEEPERS, "Store keepers");
    return java.util.Collections.unmodifiableMap(groups);
  }
}
