package com.aftersales.security.deployment;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.stereotype.Component;

/** Puts {@link DeploymentGuard} in front of the engine's own deployers. */
@Component
public class DeploymentGuardPlugin extends AbstractProcessEnginePlugin {

  private final DeploymentGuard guard;

  public DeploymentGuardPlugin(DeploymentGuard guard) {
    this.guard = guard;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> preDeployers = new ArrayList<>();
    if (configuration.getCustomPreDeployers() != null) {
      preDeployers.addAll(configuration.getCustomPreDeployers());
    }
    preDeployers.add(0, guard);
    configuration.setCustomPreDeployers(preDeployers);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName();
  }
}
