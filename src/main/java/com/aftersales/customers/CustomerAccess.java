package com.aftersales.customers;

import com.aftersales.privacy.ContactDataPolicy;
import com.aftersales.security.StaffGroups;
import java.util.HashSet;
import java.util.Set;

/**
 * Who may do what with the archive (002 二(二) 7.1). Finding a customer is front-line work (intake, calls, visits,
 * invoices): the groups that need contact data, and managers, who see a search hit without contact data unless their
 * group needs it. Opening a whole archive is for managers and above, narrowed by its secrecy level
 * ({@link SecrecyLevel#readers()}), and is logged. Keeping the archive (new customers, merging duplicates, importing
 * a list) is customer service's information work under the service managers (4.6, 4.7); importing a whole list is
 * the managers' alone. The 借阅卡 is read by service managers and the general manager.
 *
 * <p>The customer-information supervisor (客户信息主管) is the 专人 who keeps the archive (二(一) 1, 4.7): they find,
 * open, merge and import customers and re-verify the archives no salesperson answers for (6.5), but, being no manager,
 * never open a whole archive (7.1: 仅经理及以上人员有权借阅), whatever its secrecy level. Market supervision has no
 * right on the archive at all (000 第一篇 第九条 gives it the results of recorded complaints, not the customers).
 */
public final class CustomerAccess {

  public static final Set<String> SEARCHERS = searchers();

  public static final Set<String> KEEPERS = Set.of(StaffGroups.CUSTOMER_SERVICE, StaffGroups.SERVICE_MANAGERS,
      StaffGroups.CUSTOMER_INFO_SUPERVISORS);

  public static final Set<String> IMPORTERS = Set.of(StaffGroups.SERVICE_MANAGERS,
      StaffGroups.CUSTOMER_INFO_SUPERVISORS);

  /** Who reads the kept monthly customer information reports and the re-verification records (6.9). */
  public static final Set<String> REPORT_READERS = Set.of(StaffGroups.CUSTOMER_INFO_SUPERVISORS,
      StaffGroups.SERVICE_MANAGERS, StaffGroups.GENERAL_MANAGER);

  public static final Set<String> LOG_READERS = Set.of(StaffGroups.SERVICE_MANAGERS, StaffGroups.GENERAL_MANAGER);

  private CustomerAccess() {}

  private static Set<String> searchers() {
    Set<String> groups = new HashSet<>(ContactDataPolicy.NEEDING);
    for (SecrecyLevel level : SecrecyLevel.values()) {
      groups.addAll(level.readers());
    }
    groups.add(StaffGroups.CUSTOMER_INFO_SUPERVISORS);
    return Set.copyOf(groups);
  }
}
