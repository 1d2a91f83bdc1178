package com.aftersales.privacy;

import com.aftersales.security.StaffGroups;
import com.aftersales.security.StaffUser;

import java.util.Optional;
import java.util.Set;

/**
 * Who may read a customer's contact data (phone, e-mail, address) in the application's API answers. The
 * one place the rule lives; every /api answer that carries contact data passes it through {@link #visible}.
 *
 * <p>Needing it: customer service and service managers (they call the customer), engineers (they visit),
 * sales and the sales office (they deliver parts and talk to dealers), finance (invoices and payment
 * reminders), camunda-admin (support). Not needing it: planning, production, warehouse (they work on parts
 * and units, the case number identifies the customer), analysts, marketing managers, regional and general
 * managers (they see figures and escalations; escalations name the customer, the call is made by service).
 * The customer's name is not contact data and stays visible: staff refer to the case by it.
 */
public final class ContactDataPolicy {

  public static final Set<String> NEEDING =
      Set.of(
          StaffGroups.CUSTOMER_SERVICE,
          StaffGroups.SERVICE_MANAGERS,
          StaffGroups.SALES,
          StaffGroups.SALES_OFFICE,
          StaffGroups.ENGINEERS,
          StaffGroups.FINANCE,
          StaffGroups.CAMUNDA_ADMIN);

  private ContactDataPolicy() {}

  public static boolean mayRead(StaffUser user) {
    return user.groups().stream().anyMatch(NEEDING::contains);
  }

  /**
   * The contact value for the staff user of the current API request, or null (omitted from the JSON) when
   * their groups do not need it. Outside an API request (process steps, mails to the customer) there is no
   * one to hide it from and the value is returned.
   */
  public static String visible(String contactValue) {
    Optional<StaffUser> user = StaffUser.current();
    if (user.isEmpty() || mayRead(user.get())) {
      return contactValue;
    }
    return null;
  }
}
