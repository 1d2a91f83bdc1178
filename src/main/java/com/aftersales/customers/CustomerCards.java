package com.aftersales.customers;

import com.aftersales.cases.CaseVariables;
import com.aftersales.security.StaffAccessDeniedException;
import com.aftersales.security.StaffGroups;
import com.aftersales.security.StaffUser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer card a task's form links to ({@code /api/customers/{id}/card}): contact data is no process variable,
 * so a form cannot show it itself; the application shows the viewer what their task needs, decided here with the
 * engine's own facts (the viewer's open tasks about this customer, the groups those tasks are for). Phone: every
 * front-line group (privacy.ContactDataPolicy); address: those who visit, deliver or invoice (engineers, sales, the
 * sales office, finance) and customer service; e-mail: customer service, the sales office and finance. A viewer with
 * no open task about the customer gets nothing (403); each card shown is written to the access log.
 */
@Component
@Transactional
public class CustomerCards {

  static final String VIEW_CARD = "CARD";

  static final Set<String> PHONE = com.aftersales.privacy.ContactDataPolicy.NEEDING;
  static final Set<String> ADDRESS = Set.of(StaffGroups.CUSTOMER_SERVICE, StaffGroups.SERVICE_MANAGERS,
      StaffGroups.ENGINEERS, StaffGroups.SALES, StaffGroups.SALES_OFFICE, StaffGroups.FINANCE);
  static final Set<String> EMAIL = Set.of(StaffGroups.CUSTOMER_SERVICE, StaffGroups.SERVICE_MANAGERS,
      StaffGroups.SALES_OFFICE, StaffGroups.FINANCE);

  private final CustomerService customers;
  private final CustomerRepository repository;
  private final TaskService taskService;
  private final RuntimeService runtimeService;

  public CustomerCards(CustomerService customers, CustomerRepository repository, TaskService taskService,
      RuntimeService runtimeService) {
    this.customers = customers;
    this.repository = repository;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
  }

  /**
   * @param taskId the task the card is opened from, or null for any of the viewer's open tasks about the customer
   */
  public CustomerCard card(long customerId, String taskId, StaffUser viewer) {
    Customer customer = customers.get(customerId);
    List<Task> tasks = taskId != null
        ? taskService.createTaskQuery().taskId(taskId).list()
        : taskService.createTaskQuery().processVariableValueEquals(CaseVariables.CUSTOMER_ID, customerId).list();
    Set<String> groups = new HashSet<>();
    List<String> names = new ArrayList<>();
    Set<String> repeats = new java.util.LinkedHashSet<>();
    for (Task task : tasks) {
      if (!about(task, customerId, customer.id())) {
        continue;
      }
      Set<String> taskGroups = groupsOfViewerFor(task, viewer);
      if (!taskGroups.isEmpty()) {
        groups.addAll(taskGroups);
        names.add(task.getName() != null ? task.getName() : task.getTaskDefinitionKey());
        String caseNumber = caseOf(task);
        if (caseNumber != null) {
          repository.repeatOf(caseNumber).ifPresent(earlier -> repeats.add(caseNumber + " 返修 " + earlier));
        }
      }
    }
    if (names.isEmpty()) {
      throw new StaffAccessDeniedException("The card of customer " + customerId + " is shown from an open task of "
          + viewer.id() + " about this customer" + (taskId != null ? "; task " + taskId + " is none" : "")
          + ".");
    }
    repository.logAccess(new AccessLogEntry(customer.id(), viewer.id(), String.join(",", viewer.groups()), VIEW_CARD,
        String.join("; ", names), CustomerService.now()));
    return new CustomerCard(
        customer.id(), customer.name(), customer.contactName(),
        shown(PHONE, groups, customer.phone()), shown(EMAIL, groups, customer.email()),
        shown(ADDRESS, groups, customer.address()), customer.classification(), List.copyOf(names),
        List.copyOf(repeats));
  }

  private String caseOf(Task task) {
    org.camunda.bpm.engine.runtime.ProcessInstance instance = runtimeService.createProcessInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).singleResult();
    return instance == null ? null : instance.getBusinessKey();
  }

  /** The task's instance is about this customer (or about the one it was merged into). */
  private boolean about(Task task, long askedId, long customerId) {
    if (task.getProcessInstanceId() == null) {
      return false;
    }
    Object value = runtimeService.getVariable(task.getProcessInstanceId(), CaseVariables.CUSTOMER_ID);
    if (!(value instanceof Number n)) {
      return false;
    }
    long id = n.longValue();
    return id == askedId || id == customerId || Objects.equals(customers.get(id).id(), customerId);
  }

  /** The viewer's groups the task is for: its candidate groups they belong to, or all theirs if it is assigned to them. */
  private Set<String> groupsOfViewerFor(Task task, StaffUser viewer) {
    Set<String> groups = new HashSet<>();
    for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null
          && viewer.memberOf(link.getGroupId())) {
        groups.add(link.getGroupId());
      }
    }
    if (viewer.id().equals(task.getAssignee())) {
      groups.addAll(viewer.groups());
    }
    return groups;
  }

  private static String shown(Set<String> needing, Set<String> groups, String value) {
    return groups.stream().anyMatch(needing::contains) ? value : null;
  }
}
