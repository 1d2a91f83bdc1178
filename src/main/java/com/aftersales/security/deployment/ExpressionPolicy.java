package com.aftersales.security.deployment;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityBehavior;
import org.camunda.bpm.impl.juel.AstBinary;
import org.camunda.bpm.impl.juel.AstBoolean;
import org.camunda.bpm.impl.juel.AstChoice;
import org.camunda.bpm.impl.juel.AstComposite;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstNull;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstParameters;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.AstText;
import org.camunda.bpm.impl.juel.AstUnary;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;
import org.springframework.stereotype.Component;

/**
 * What an expression in a deployed model may do, as an allow-list over the parsed JUEL tree (the engine's own
 * parser, so the guard sees exactly what the engine would run): literals, operators, choice and parentheses; names
 * (process variables, the application's beans; never another Spring bean such as the engine's services); a method
 * call or property read on one of the application's beans; reading variables through {@code execution} or
 * {@code task}; reading a business rule task's {@code decisionResult}. Anything else, a call on what a call
 * returned, {@code x.class}, brackets, functions, is refused: the engine's expressions reach every public method
 * of every object, {@code Runtime.exec} included.
 */
@Component
public class ExpressionPolicy {

  /** The execution and task objects the engine puts into every expression. */
  static final Set<String> SCOPE_OBJECTS = Set.of("execution", "task");

  /** Reading variables through the scope object; arguments must be string literals. */
  static final Set<String> SCOPE_READS = Set.of("getVariable", "hasVariable", "getVariableLocal", "hasVariableLocal");

  /** Properties of the scope object that are plain values. */
  static final Set<String> SCOPE_PROPERTIES = Set.of(
      "id", "processInstanceId", "processBusinessKey", "businessKey", "processDefinitionId", "currentActivityId",
      "activityInstanceId", "eventName", "name", "assignee", "taskDefinitionKey");

  /** A business rule task's result in its output mappings, e.g. decisionResult.getSingleResult().getEntry("x"). */
  static final String DECISION_RESULT = "decisionResult";
  static final Set<String> DECISION_RESULT_READS = Set.of("getSingleResult", "getFirstResult", "getSingleEntry");
  static final Set<String> DECISION_ENTRY_READS = Set.of("getEntry", "getSingleEntry");

  /** Methods every object has; none of them is a business operation, getClass opens reflection. */
  static final Set<String> OBJECT_METHODS = Set.of("getClass", "class", "wait", "notify", "notifyAll", "clone", "finalize");

  /** The kinds of bean a delegate expression may name. */
  static final Set<Class<?>> DELEGATE_TYPES = Set.of(
      JavaDelegate.class, ExecutionListener.class, TaskListener.class, ActivityBehavior.class, DelegateVariableMapping.class);

  private static final Pattern SINGLE_NAME = Pattern.compile("^\\s*[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}\\s*$");
  private static final Pattern DOT_NAME = Pattern.compile("^\\s*\\.\\s*(\\S+)\\s*$");

  private final ApplicationBeans beans;

  public ExpressionPolicy(ApplicationBeans beans) {
    this.beans = beans;
  }

  /** True when the text holds an expression the engine would evaluate. */
  public static boolean hasExpression(String text) {
    return text != null && (text.contains("${") || text.contains("#{"));
  }

  /** Null when the expression is allowed, else why not. */
  public String check(String text) {
    Node root;
    try {
      root = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS).build(text).getRoot();
    } catch (TreeBuilderException e) {
      return "the expression " + text + " cannot be parsed: " + e.getMessage();
    }
    String reason = walk(root);
    return reason == null ? null : "the expression " + text + " " + reason;
  }

  /** A delegate expression: the single name of one of the application's delegate, listener or mapping beans. */
  public String checkDelegate(String text) {
    Matcher name = SINGLE_NAME.matcher(text);
    if (!name.matches()) {
      return "the delegate expression " + text + " must be the name of one of the application's delegate beans, "
          + "like ${sendMailDelegate}";
    }
    String bean = name.group(1);
    Class<?> type = beans.typeOf(bean);
    if (type == null || !beans.isApplicationBean(bean)) {
      return "the delegate expression " + text + " names no delegate bean of the application";
    }
    if (DELEGATE_TYPES.stream().noneMatch(t -> t.isAssignableFrom(type))) {
      return "the delegate expression " + text + " names a bean that is no delegate or listener";
    }
    return null;
  }

  private String walk(Node node) {
    if (node instanceof AstText || node instanceof AstString || node instanceof AstNumber
        || node instanceof AstBoolean || node instanceof AstNull) {
      return null;
    }
    if (node instanceof AstComposite || node instanceof AstEval || node instanceof AstNested
        || node instanceof AstBinary || node instanceof AstUnary || node instanceof AstChoice
        || node instanceof AstParameters) {
      return children(node, 0);
    }
    if (node instanceof AstIdentifier identifier) {
      return name(identifier.getName());
    }
    if (node instanceof AstDot dot) {
      return property(dot);
    }
    if (node instanceof AstMethod method) {
      return method(method);
    }
    return "uses " + describe(node) + ", which models may not use";
  }

  private String children(Node node, int from) {
    for (int i = from; i < node.getCardinality(); i++) {
      String reason = walk(node.getChild(i));
      if (reason != null) {
        return reason;
      }
    }
    return null;
  }

  /** A bare name: a process variable, an application bean or the scope; never another bean. */
  private String name(String name) {
    if (beans.isBean(name) && !beans.isApplicationBean(name) && !SCOPE_OBJECTS.contains(name)) {
      return "names " + name + ", an object of the platform, not of the application";
    }
    return null;
  }

  private String property(AstDot dot) {
    String property = dotName(dot);
    if (!(dot.getChild(0) instanceof AstIdentifier owner)) {
      return "reads ." + property + " of a computed value; only the application's beans and execution/task may be read";
    }
    String name = owner.getName();
    if (OBJECT_METHODS.contains(property)) {
      return "reads " + name + "." + property + ", which models may not use";
    }
    if (SCOPE_OBJECTS.contains(name)) {
      return SCOPE_PROPERTIES.contains(property) ? null
          : "reads " + name + "." + property + "; allowed are " + new java.util.TreeSet<>(SCOPE_PROPERTIES);
    }
    if (beans.isApplicationBean(name)) {
      return null;
    }
    return "reads " + name + "." + property + "; only the application's beans and execution/task may be read";
  }

  private String method(AstMethod method) {
    Node target = method.getChild(0);
    Node parameters = method.getChild(1);
    if (!(target instanceof AstDot dot)) {
      return "calls " + describe(target) + ", which models may not use";
    }
    String called = dotName(dot);
    if (OBJECT_METHODS.contains(called)) {
      return "calls " + called + "(), which models may not use";
    }
    Node receiver = dot.getChild(0);
    if (receiver instanceof AstIdentifier owner) {
      String name = owner.getName();
      if (SCOPE_OBJECTS.contains(name)) {
        return SCOPE_READS.contains(called) && literalArguments(parameters) ? null
            : "calls " + name + "." + called + "(...); on " + name + " only " + new java.util.TreeSet<>(SCOPE_READS)
                + " with a quoted variable name are allowed";
      }
      if (DECISION_RESULT.equals(name)) {
        return DECISION_RESULT_READS.contains(called) && parameters.getCardinality() == 0 ? null
            : "calls decisionResult." + called + "(...); allowed are " + new java.util.TreeSet<>(DECISION_RESULT_READS);
      }
      if (beans.isApplicationBean(name)) {
        return children(parameters, 0);
      }
      return "calls " + name + "." + called + "(...); only the application's own beans may be called";
    }
    if (isDecisionResultRead(receiver) && DECISION_ENTRY_READS.contains(called) && literalArguments(parameters)) {
      return null;
    }
    return "calls " + called + "(...) on what another call returned, which models may not use";
  }

  private boolean isDecisionResultRead(Node node) {
    return node instanceof AstMethod inner
        && inner.getChild(0) instanceof AstDot dot
        && dot.getChild(0) instanceof AstIdentifier owner
        && DECISION_RESULT.equals(owner.getName())
        && DECISION_RESULT_READS.contains(dotName(dot))
        && inner.getChild(1).getCardinality() == 0;
  }

  private static boolean literalArguments(Node parameters) {
    for (int i = 0; i < parameters.getCardinality(); i++) {
      if (!(parameters.getChild(i) instanceof AstString)) {
        return false;
      }
    }
    return true;
  }

  /** AstDot keeps its property name to itself; its text form is ". name". */
  private static String dotName(AstDot dot) {
    Matcher matcher = DOT_NAME.matcher(dot.toString());
    return matcher.matches() ? matcher.group(1) : dot.toString();
  }

  private static String describe(Node node) {
    String kind = node.getClass().getSimpleName().replaceFirst("^Ast", "");
    return switch (kind) {
      case "Function" -> "a function call (" + node + ")";
      case "Bracket" -> "bracket access";
      default -> kind.toLowerCase();
    };
  }
}
