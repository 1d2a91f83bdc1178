package com.aftersales.desk;

import com.aftersales.security.StaffGroups;
import java.util.Set;

/**
 * Who may use which part of the desk. The front line and those who answer for every case (customer service,
 * service managers, the general manager, administrators) search and open every case, open or closed; anyone else
 * opens a case only while or after working on it ({@link CaseFileService#mayOpen}). Contact data inside follows
 * privacy.ContactDataPolicy. The outbox (mails to customers and staff, with their addresses) is for managers and
 * administrators, who answer for failed mails.
 */
public final class DeskAccess {

  public static final Set<String> EVERY_CASE =
      Set.of(StaffGroups.CUSTOMER_SERVICE, StaffGroups.SERVICE_MANAGERS, StaffGroups.GENERAL_MANAGER,
          StaffGroups.CAMUNDA_ADMIN);

  public static final Set<String> OUTBOX =
      Set.of(StaffGroups.SERVICE_MANAGERS, StaffGroups.GENERAL_MANAGER, StaffGroups.CAMUNDA_ADMIN);

  private DeskAccess() {}
}
