package com.aftersales.security;

import com.aftersales.tasklist.StaffFilters;

import static com.aftersales.security.StaffGroups.ANALYSTS;
import static com.aftersales.security.StaffGroups.CAMUNDA_ADMIN;
import static com.aftersales.security.StaffGroups.CUSTOMER_SERVICE;
import static com.aftersales.security.StaffGroups.ENGINEERS;
import static com.aftersales.security.StaffGroups.FINANCE;
import static com.aftersales.security.StaffGroups.GENERAL_MANAGER;
import static com.aftersales.security.StaffGroups.MARKETING_MANAGERS;
import static com.aftersales.security.StaffGroups.PLANNING;
import static com.aftersales.security.StaffGroups.PRODUCTION;
import static com.aftersales.security.StaffGroups.REGIONAL_MANAGERS;
import static com.aftersales.security.StaffGroups.SALES;
import static com.aftersales.security.StaffGroups.SALES_OFFICE;
import static com.aftersales.security.StaffGroups.SERVICE_MANAGERS;
import static com.aftersales.security.StaffGroups.WAREHOUSE;
import static com.aftersales.security.StaffGroups.STORE_KEEPERS;
import static com.aftersales.security.StaffGroups.CUSTOMER_INFO_SUPERVISORS;
import static com.aftersales.security.StaffGroups.MARKET_SUPERVISION;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Creates the staff groups, the demo staff (when {@code aftersales.demo-users=true}), the
 * authorizations and the Tasklist filters at every start. Every step checks before it writes, so a restart or a second
 * instance changes nothing that is already there (passwords changed by people stay changed).
 */
@Component
@EnableConfigurationProperties(StaffProperties.class)
public class StaffInitializer implements SmartInitializingSingleton {

  private static final Logger LOG = LoggerFactory.getLogger(StaffInitializer.class);

  record DemoUser(String id, String firstName, String lastName, String group) {}

  static final List<DemoUser> DEMO_USERS =
      List.of(
          new DemoUser("mary", "Mary", "Wang", CUSTOMER_SERVICE),
          new DemoUser("eric", "Eric", "Zhang", ENGINEERS),
          new DemoUser("emma", "Emma", "Li", ENGINEERS),
          new DemoUser("sam", "Sam", "Liu", SERVICE_MANAGERS),
          new DemoUser("rita", "Rita", "Chen", REGIONAL_MANAGERS),
          new DemoUser("sally", "Sally", "Yang", SALES),
          new DemoUser("oscar", "Oscar", "Zhao", SALES_OFFICE),
          new DemoUser("grace", "Grace", "Huang", GENERAL_MANAGER),
          new DemoUser("paul", "Paul", "Zhou", PLANNING),
          new DemoUser("pete", "Pete", "Wu", PRODUCTION),
          new DemoUser("walt", "Walt", "Xu", WAREHOUSE),
          new DemoUser("mark", "Mark", "Sun", MARKETING_MANAGERS),
          new DemoUser("fiona", "Fiona", "Ma", FINANCE),
          new DemoUser("ann", "Ann", "Zhu", ANALYSTS),
          new DemoUser("kate", "Kate", "Gao", STORE_KEEPERS),
          new DemoUser("cora", "Cora", "Lin", CUSTOMER_INFO_SUPERVISORS),
          new DemoUser("max", "Max", "Guo", MARKET_SUPERVISION),
          new DemoUser("admin", "Camunda", "Administrator", CAMUNDA_ADMIN));

  private final IdentityService identityService;
  private final StaffAuthorizations authorizations;
  private final StaffFilters filters;
  private final StaffProperties properties;

  public StaffInitializer(
      IdentityService identityService,
      StaffAuthorizations authorizations,
      StaffFilters filters,
      StaffProperties properties) {
    this.identityService = identityService;
    this.authorizations = authorizations;
    this.filters = filters;
    this.properties = properties;
  }

  /** Once the engine is built and before the web server takes requests. */
  @Override
  public void afterSingletonsInstantiated() {
    initialize();
  }

  public void initialize() {
    for (Map.Entry<String, String> group : StaffGroups.STAFF.entrySet()) {
      ensureGroup(group.getKey(), group.getValue(), "WORKFLOW");
    }
    // The starter creates it too when camunda.bpm.admin-user is set; with its name if so.
    ensureGroup(CAMUNDA_ADMIN, "Camunda administrators", "SYSTEM");
    if (properties.isDemoUsers()) {
      DEMO_USERS.forEach(this::ensureDemoUser);
      LOG.warn("Demo users are enabled (password = user id); set aftersales.demo-users=false in production");
    }
    authorizations.grantAll();
    filters.ensureAll();
  }

  private void ensureGroup(String id, String name, String type) {
    if (identityService.createGroupQuery().groupId(id).count() > 0) {
      return;
    }
    Group group = identityService.newGroup(id);
    group.setName(name);
    group.setType(type);
    identityService.saveGroup(group);
    LOG.info("Created group {}", id);
  }

  private void ensureDemoUser(DemoUser demo) {
    if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
      User user = identityService.newUser(demo.id());
      user.setFirstName(demo.firstName());
      user.setLastName(demo.lastName());
      user.setEmail(demo.id() + "@aftersales.example");
      user.setPassword(demo.id());
      identityService.saveUser(user);
      LOG.info("Created demo user {}", demo.id());
    }
    if (identityService.createUserQuery().userId(demo.id()).memberOfGroup(demo.group()).count() == 0) {
      identityService.createMembership(demo.id(), demo.group());
    }
  }
}
