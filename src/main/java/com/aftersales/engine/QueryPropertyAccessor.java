package com.aftersales.engine;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.ibatis.ognl.ObjectPropertyAccessor;
import org.apache.ibatis.ognl.OgnlContext;
import org.apache.ibatis.ognl.OgnlException;
import org.apache.ibatis.ognl.OgnlRuntime;
import org.camunda.bpm.engine.impl.AbstractQuery;

/**
 * Reads the query properties of Camunda's MyBatis mappings that have no JavaBean getter, once looked up.
 *
 * <p>The mappings test {@code query.isOrQueryActive} and {@code query.isWithoutTenantId} on every task query; the
 * methods are named like the property ({@code isOrQueryActive()}), so OGNL finds no {@code getIsOrQueryActive()}
 * and falls back to scanning all 310 public methods of {@code TaskQueryImpl}, lower-casing each name, on every
 * evaluation and without caching the result: about 40 µs per property, a third of the SQL the engine builds for
 * the Tasklist filter (docs/performance.md). This accessor remembers, per class and name, the public no-argument
 * method named exactly like the property when there is no getter, and leaves everything else to OGNL.
 */
final class QueryPropertyAccessor extends ObjectPropertyAccessor {

  private final Map<Class<?>, Map<String, Optional<Method>>> methods = new ConcurrentHashMap<>();

  /** Registers the accessor for Camunda's queries (OGNL looks accessors up along the superclasses). */
  static void register() {
    OgnlRuntime.setPropertyAccessor(AbstractQuery.class, new QueryPropertyAccessor());
  }

  @Override
  public Object getProperty(OgnlContext context, Object target, Object name) throws OgnlException {
    if (target != null && name instanceof String property) {
      Optional<Method> method = methods.computeIfAbsent(target.getClass(), c -> new ConcurrentHashMap<>())
          .computeIfAbsent(property, p -> namedMethod(target.getClass(), p));
      if (method.isPresent()) {
        try {
          return method.get().invoke(target);
        } catch (InvocationTargetException e) {
          throw new OgnlException(property, e.getCause());
        } catch (IllegalAccessException e) {
          throw new OgnlException(property, e);
        }
      }
    }
    return super.getProperty(context, target, name);
  }

  /** The method OGNL would find by its slow scan, when no getter exists; empty otherwise. */
  static Optional<Method> namedMethod(Class<?> type, String property) {
    if (property.isEmpty() || !Modifier.isPublic(type.getModifiers())) {
      return Optional.empty();
    }
    String capitalized = Character.toUpperCase(property.charAt(0)) + property.substring(1);
    Method named = null;
    for (Method m : type.getMethods()) {
      if (m.getParameterCount() != 0) {
        continue;
      }
      if (m.getName().equals("get" + capitalized) || m.getName().equals("is" + capitalized)) {
        return Optional.empty(); // a getter: OGNL's own cached path is fast
      }
      if (m.getName().equals(property) && m.getReturnType() != void.class) {
        named = m;
      }
    }
    return Optional.ofNullable(named);
  }
}
