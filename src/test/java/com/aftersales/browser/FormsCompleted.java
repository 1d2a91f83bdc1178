package com.aftersales.browser;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What a browser test really completed in Tasklist: {@link Tasklist#complete()} records the form of the task it
 * completes (its camunda:formRef, read from the task Tasklist shows) and the browser's language. After each test the
 * recorded forms must be ones its {@link CompletesForms} names in that language; after the class, every form a test
 * names must have been completed by one of its runs (a parameterized test names what all its runs complete
 * together). A failed test is not checked: its failure says more.
 */
final class FormsCompleted implements BeforeEachCallback, AfterEachCallback, AfterAllCallback {

  /** One completion: the form id and "zh-CN" or "en". */
  record Completion(String form, String language) {
    @Override
    public String toString() {
      return form + " (" + language + ")";
    }
  }

  private static final List<Completion> RUNNING = new ArrayList<>();
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FormsCompleted.class);

  static synchronized void record(String form, String language) {
    RUNNING.add(new Completion(form, language));
  }

  private static synchronized List<Completion> takeRunning() {
    List<Completion> taken = List.copyOf(RUNNING);
    RUNNING.clear();
    return taken;
  }

  /** The (form, language) pairs a test method declares. */
  static Set<Completion> declared(Method method) {
    Set<Completion> declared = new HashSet<>();
    CompletesForms forms = method.getAnnotation(CompletesForms.class);
    if (forms != null) {
      for (String form : forms.zh()) {
        declared.add(new Completion(form, "zh-CN"));
      }
      for (String form : forms.en()) {
        declared.add(new Completion(form, "en"));
      }
    }
    return declared;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    takeRunning();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    List<Completion> completed = takeRunning();
    Method method = context.getRequiredTestMethod();
    Map<Method, Set<Completion>> ran = ranInClass(context);
    if (context.getExecutionException().isPresent()) {
      ran.put(method, null);
      return;
    }
    if (ran.containsKey(method) && ran.get(method) == null) {
      return;
    }
    ran.computeIfAbsent(method, m -> new HashSet<>()).addAll(completed);
    Set<Completion> undeclared = new TreeSet<>(java.util.Comparator.comparing(Completion::toString));
    undeclared.addAll(completed);
    undeclared.removeAll(declared(method));
    if (!undeclared.isEmpty()) {
      throw new AssertionError(method.getName() + " completed in Tasklist " + undeclared
          + " which its @CompletesForms does not name");
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    List<String> missing = new ArrayList<>();
    ranInClass(context).forEach((method, completed) -> {
      if (completed == null) {
        return;
      }
      Set<Completion> notCompleted = new TreeSet<>(java.util.Comparator.comparing(Completion::toString));
      notCompleted.addAll(declared(method));
      notCompleted.removeAll(completed);
      if (!notCompleted.isEmpty()) {
        missing.add(method.getName() + " names " + notCompleted + " in @CompletesForms but did not complete it in Tasklist");
      }
    });
    if (!missing.isEmpty()) {
      throw new AssertionError(String.join("; ", missing));
    }
  }

  /** Per test method of the class: the completions of its runs so far, or null once one of them failed. */
  @SuppressWarnings("unchecked")
  private static Map<Method, Set<Completion>> ranInClass(ExtensionContext context) {
    ExtensionContext classContext = context;
    while (classContext.getTestMethod().isPresent()) {
      classContext = classContext.getParent().orElseThrow();
    }
    return classContext.getStore(NAMESPACE).getOrComputeIfAbsent("ran", k -> new HashMap<Method, Set<Completion>>(), Map.class);
  }
}
