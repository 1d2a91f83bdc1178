package com.aftersales.flows.exchange;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * What the exchange flow needs beyond the task permissions that candidate groups bring: the sales office looks
 * exchange cases up (READ, READ_INSTANCE). It enters the manufacturer's answer through
 * {@code POST /api/exchanges/{caseNumber}/manufacturer-answer} (ManufacturerAnswerController), which correlates the
 * message as the application, so it holds no UPDATE_INSTANCE: that permission also let it modify, suspend and set
 * variables on every running exchange through /engine-rest. Databases from before keep the grant row, so every
 * start takes UPDATE_INSTANCE away again, as it grants the rest: idempotently, never duplicating a grant.
 */
@Component
public class ExchangeAuthorizations implements SmartInitializingSingleton {

  private static final Logger LOG = LoggerFactory.getLogger(ExchangeAuthorizations.class);

  static final String SALES_OFFICE = "sales-office";
  static final List<Permission> SALES_OFFICE_ON_EXCHANGE = List.of(
      ProcessDefinitionPermissions.READ,
      ProcessDefinitionPermissions.READ_INSTANCE);
  /** Granted until the manufacturer's answer got its own endpoint; removed from existing grants at start. */
  static final List<Permission> SALES_OFFICE_NOT_ON_EXCHANGE = List.of(ProcessDefinitionPermissions.UPDATE_INSTANCE);

  private final AuthorizationService authorizationService;

  public ExchangeAuthorizations(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  /** Runs once every bean, the process engine included, is ready. */
  @Override
  public void afterSingletonsInstantiated() {
    grant();
  }

  /** Grants the permissions and removes the withdrawn ones; safe to call any number of times. */
  public void grant() {
    Authorization existing = authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(SALES_OFFICE)
        .resourceType(Resources.PROCESS_DEFINITION)
        .resourceId(ExchangeProcess.PROCESS_KEY)
        .list().stream().findFirst().orElse(null);
    Authorization grant = existing;
    if (grant == null) {
      grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId(SALES_OFFICE);
      grant.setResource(Resources.PROCESS_DEFINITION);
      grant.setResourceId(ExchangeProcess.PROCESS_KEY);
    }
    Authorization target = grant;
    boolean missing = SALES_OFFICE_ON_EXCHANGE.stream().anyMatch(p -> !target.isPermissionGranted(p));
    boolean withdrawn = SALES_OFFICE_NOT_ON_EXCHANGE.stream().anyMatch(target::isPermissionGranted);
    if (!missing && !withdrawn) {
      return;
    }
    SALES_OFFICE_ON_EXCHANGE.forEach(target::addPermission);
    SALES_OFFICE_NOT_ON_EXCHANGE.forEach(target::removePermission);
    authorizationService.saveAuthorization(target);
    LOG.info("Granted {} {} on process definition '{}'{}", SALES_OFFICE, SALES_OFFICE_ON_EXCHANGE, ExchangeProcess.PROCESS_KEY,
        withdrawn ? ", withdrew " + SALES_OFFICE_NOT_ON_EXCHANGE : "");
  }
}
