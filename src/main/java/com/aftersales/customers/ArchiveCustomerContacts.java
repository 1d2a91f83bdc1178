package com.aftersales.customers;

import com.aftersales.cases.CaseVariables;
import com.aftersales.mail.CustomerContacts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Mails take the customer's contact data from the archive at send time: by the instance's customerId, else by the
 * case number (an instance started before cases carried the id). A merged customer's mails go to the survivor. A
 * case that belongs to no customer (opened before the archive, or by a flow that opens cases itself) is written to
 * at the contact data on its case record.
 */
@Component
class ArchiveCustomerContacts implements CustomerContacts {

  private final CustomerService customers;
  private final JdbcTemplate jdbc;

  ArchiveCustomerContacts(CustomerService customers, JdbcTemplate jdbc) {
    this.customers = customers;
    this.jdbc = jdbc;
  }

  @Override
  public Map<String, Object> forMail(Map<String, Object> variables) {
    if (variables.get(CaseVariables.CUSTOMER_ID) instanceof Number n) {
      return archiveContacts(n.longValue());
    }
    if (!(variables.get(CaseVariables.CASE_NUMBER) instanceof String caseNumber)) {
      return Map.of();
    }
    // one read of the case record: its customer, or (a case of no customer) the contact data it holds
    List<Map<String, Object>> rows = jdbc.queryForList(
        "SELECT customer_id, customer_name, customer_phone, customer_email, customer_address FROM service_case"
            + " WHERE case_number = ?", caseNumber);
    if (rows.isEmpty()) {
      return Map.of();
    }
    Map<String, Object> row = rows.get(0);
    if (row.get("customer_id") instanceof Number n) {
      return archiveContacts(n.longValue());
    }
    Map<String, Object> contacts = new HashMap<>();
    putIfPresent(contacts, CaseVariables.CUSTOMER_NAME, (String) row.get("customer_name"));
    putIfPresent(contacts, CaseVariables.CUSTOMER_PHONE, (String) row.get("customer_phone"));
    putIfPresent(contacts, CaseVariables.CUSTOMER_EMAIL, (String) row.get("customer_email"));
    putIfPresent(contacts, CaseVariables.CUSTOMER_ADDRESS, (String) row.get("customer_address"));
    return contacts;
  }

  private Map<String, Object> archiveContacts(long id) {
    Customer customer;
    try {
      customer = customers.get(id);
    } catch (CustomerNotFoundException gone) {
      return Map.of();
    }
    Map<String, Object> contacts = new HashMap<>();
    contacts.put(CaseVariables.CUSTOMER_NAME,
        customer.contactName() != null ? customer.contactName() : customer.name());
    putIfPresent(contacts, CaseVariables.CUSTOMER_PHONE, customer.phone());
    putIfPresent(contacts, CaseVariables.CUSTOMER_EMAIL, customer.email());
    putIfPresent(contacts, CaseVariables.CUSTOMER_ADDRESS, customer.address());
    return contacts;
  }

  private static void putIfPresent(Map<String, Object> map, String key, String value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}
