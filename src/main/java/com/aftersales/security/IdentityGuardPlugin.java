package com.aftersales.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DeleteAuthorizationCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAuthorizationCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes every identity and authorization change raise the {@link IdentityGeneration} in its own transaction:
 * users, groups, tenants and memberships through {@link GuardedIdentityProvider} (which also checks profiles),
 * authorizations through a command interceptor on {@link SaveAuthorizationCmd} and {@link DeleteAuthorizationCmd}.
 * Needs the engine's own database identity provider; an engine configured with another one (LDAP) is refused
 * rather than left with caches that no change evicts.
 */
@Component
public class IdentityGuardPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getIdentityProviderSessionFactory() != null) {
      throw new IllegalStateException("IdentityGuardPlugin needs the engine's database identity provider, found "
          + configuration.getIdentityProviderSessionFactory());
    }
    configuration.setIdentityProviderSessionFactory(new GenericManagerFactory(GuardedIdentityProvider.class));
    List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
    interceptors.add(new AuthorizationChanges());
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName();
  }

  /** Inside the command's context and transaction (a post-command interceptor). */
  static final class AuthorizationChanges extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      T result = next.execute(command);
      if (command instanceof SaveAuthorizationCmd || command instanceof DeleteAuthorizationCmd) {
        IdentityGeneration.raiseInCurrentCommand();
      }
      return result;
    }
  }
}
