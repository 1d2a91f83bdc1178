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
 */
public final class CustomerAccess {

  public static final Set<String> SEARCHERS = searchers();

  public static final Set<String> KEEPERS = Set.of(StaffGroups.CUSTOMER_SERVICE, StaffGroups.SERVICE_MANAGERS);

  public static final Set<String> IMPORTERS = Set.of(StaffGroups.SERVICE_MANAGERS);

  public static final Set<String> LOG_READERS = Set.of(StaffGroups.SERVICE_MANAGERS, StaffGroups.GENERAL_MANAGER);

  private CustomerAccess() {}

  private static Set<String> searchers() {
    Set<String> groups = new HashSet<>(ContactDataPolicy.NEEDING);
    for (SecrecyLevel level : SecrecyLevel.values()) {
      groups.addAll(level.readers());
    }
    return Set.copyOf(groups);
  }
}
