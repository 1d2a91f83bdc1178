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
  /** Keep the customer archive (客户信息主管, 002 二(一) 1, 4.7, 6.5, 6.10): re-verification, the monthly report. */
  public static final String CUSTOMER_INFO_SUPERVISORS = "customer-info-supervisors";
  /** Trace the results of recorded opinions and complaints (市场督查部/市场监察, 000 第一篇 第九条). */
  public static final String MARKET_SUPERVISION = "market-supervision";
  public static final String CAMUNDA_ADMIN = Groups.CAMUNDA_ADMIN;

  /** Staff groups (everyone who works tasks) with their display names. */
  public static final Map<String, String> STAFF = staff();

  private StaffGroups() {}

  public static List<String> staffGroupIds() {
    return List.copyOf(STAFF.keySet());
  }

  private static Map<String, String> staff() {
    Map<String, String> groups = new LinkedHashMap<>();
    groups.put(CUSTOMER_SERVICE, "客服部");
    groups.put(ENGINEERS, "售后工程师");
    groups.put(SERVICE_MANAGERS, "服务经理");
    groups.put(REGIONAL_MANAGERS, "区域市场负责人");
    groups.put(SALES, "销售员");
    groups.put(SALES_OFFICE, "销售办公室");
    groups.put(GENERAL_MANAGER, "总经理");
    groups.put(PLANNING, "计划部");
    groups.put(PRODUCTION, "生产部");
    groups.put(WAREHOUSE, "仓储部");
    groups.put(MARKETING_MANAGERS, "市场部经理");
    groups.put(FINANCE, "财务部");
    groups.put(ANALYSTS, "流程分析员");
    groups.put(STORE_KEEPERS, "配件库管理员");
    groups.put(CUSTOMER_INFO_SUPERVISORS, "客户信息主管");
    groups.put(MARKET_SUPERVISION, "市场监察");
    return java.util.Collections.unmodifiableMap(groups);
  }
}
