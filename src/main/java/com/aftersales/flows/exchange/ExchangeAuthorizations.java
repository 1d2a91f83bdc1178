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
 * What the exchange flow needs beyond the task permissions that candidate groups bring: the sales office
 * enters the manufacturer's answer through {@code POST /engine-rest/message} (correlating the
 * ManufacturerAnswer message needs UPDATE_INSTANCE on the exchange definition) and looks the case up
 * first. Granted at every start, idempotently: existing grants are completed, never duplicated.
 */
@Component
public class ExchangeAuthorizations implements SmartInitializingSingleton {

  private static final Logger LOG = LoggerFactory.getLogger(ExchangeAuthorizations.class);

  static final String SALES_OFFICE = "sales-office";
  static final List<Permission> SALES_OFFICE_ON_EXCHANGE = List.of(
      ProcessDefinitionPermissions.READ,
      ProcessDefinitionPermissions.READ_INSTANCE,
      ProcessDefinitionPermissions.UPDATE_INSTANCE);

  private final AuthorizationService authorizationService;

  public ExchangeAuthorizations(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  /** Runs once every bean, the process engine included, is ready. */
  @Override
  public void afterSingletonsInstantiated() {
    grant();
  }

  /** Grants the permissions; safe to call any number of times. */
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
    if (!missing) {
      return;
    }
    SALES_OFFICE_ON_EXCHANGE.forEach(target::addPermission);
    authorizationService.saveAuthorization(target);
    LOG.info("Granted {} {} on process definition '{}'", SALES_OFFICE, SALES_OFFICE_ON_EXCHANGE, ExchangeProcess.PROCESS_KEY);
  }
}
