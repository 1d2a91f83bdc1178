package com.aftersales.security.deployment;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Which names in an expression are the application's own Spring beans (class in {@code com.aftersales}), as the
 * engine's expressions resolve them: a name that is not a process variable is looked up in the application context.
 */
@Component
public class ApplicationBeans {

  static final String APPLICATION_PACKAGE = "com.aftersales.";

  private final ApplicationContext context;

  public ApplicationBeans(ApplicationContext context) {
    this.context = context;
  }

  /** The bean's class (without Spring's proxy subclass), or null when no bean has the name. */
  public Class<?> typeOf(String name) {
    if (!context.containsBean(name)) {
      return null;
    }
    Class<?> type = context.getType(name, false);
    return type == null ? Object.class : ClassUtils.getUserClass(type);
  }

  public boolean isBean(String name) {
    return context.containsBean(name);
  }

  public boolean isApplicationBean(String name) {
    Class<?> type = typeOf(name);
    return type != null && type.getName().startsWith(APPLICATION_PACKAGE);
  }
}
