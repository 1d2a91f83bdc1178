package com.aftersales.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Camunda Tasklist as a person uses it: log in, pick a filter, open a task, claim, fill the form, complete. */
final class Tasklist {

  static final String PATH = "/camunda/app/tasklist/default/";

  private final Browser browser;
  /** Tasklist's own button texts in the browser's language. */
  private final String claimText;
  private final String completeText;

  Tasklist(Browser browser) {
    this(browser, "Claim", "Complete");
  }

  private Tasklist(Browser browser, String claimText, String completeText) {
    this.browser = browser;
    this.claimText = claimText;
    this.completeText = completeText;
  }

  /** Tasklist as a browser asking for zh-CN shows it (the project's zh.json): 认领, 完成. */
  static Tasklist inChinese(Browser browser) {
    return new Tasklist(browser, "认领", "完成");
  }

  /**
   * Signs in to Tasklist with a session the browser gets from Camunda's sign-in endpoint, as the sign-in form would
   * (the form itself is tested by {@code WebappLanguageBrowserTest}, {@code DeskBrowserTest} and
   * {@code CockpitStaffBrowserTest}), and opens Tasklist with it.
   */
  void login(String user, String password) {
    browser.signIn("tasklist", user, password);
    browser.open(PATH);
    browser.visibleOnFirstPage(By.cssSelector(".task-filters, .filters"));
    browser.step("logged in as " + user);
  }

  void openFilter(String name) {
    browser.click(By.xpath("//*[contains(@class,'task-filters') or contains(@class,'filters')]"
        + "//a[.//*[normalize-space(text())=" + literal(name) + "] or normalize-space(text())=" + literal(name) + "]"));
    browser.step("filter " + name);
  }

  /** The task list entry that shows the case number among its variables. */
  By taskOfCase(String caseNumber) {
    return By.xpath("//*[contains(@class,'tasks-list')]//li[.//*[contains(normalize-space(.)," + literal(caseNumber) + ")]]");
  }

  void openTaskOfCase(String caseNumber) {
    clickEntry(taskOfCase(caseNumber));
    browser.visible(By.cssSelector(".task-details, [cam-tasklist-task]"));
    browser.step("task of " + caseNumber + " opened");
  }

  /** Tasklist's address of one task, as shared in a link. */
  void openTaskById(String taskId) {
    browser.open(PATH + "#/?task=" + taskId);
    browser.step("address of task " + taskId);
  }

  /** Tasklist's notice for a task the user may not read (the engine answers as if it did not exist). */
  void awaitTaskNotShown() {
    browser.visible(By.xpath("//*[contains(normalize-space(text()),'The task does not exist')]"));
  }

  void claim() {
    By claimButton = By.xpath("//button[normalize-space()=" + literal(claimText) + "] | //a[normalize-space()=" + literal(claimText) + "]");
    browser.click(claimButton);
    // claimed once the button is gone (a check for the detail pane found a list entry first when the list held a
    // task without a case)
    browser.waitFor(org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated(claimButton));
    browser.step("claimed");
  }

  void chooseRadio(String optionLabel) {
    browser.click(By.xpath("//label[contains(@class,'fjs-form-field-label')][normalize-space()=" + literal(optionLabel) + "]"
        + " | //label[normalize-space()=" + literal(optionLabel) + "]"));
  }

  void chooseSelect(String fieldLabel, String optionLabel) {
    browser.click(By.xpath(field(fieldLabel) + "//*[contains(@class,'fjs-input-group') or contains(@class,'fjs-select-display')]"));
    browser.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()=" + literal(optionLabel) + "]"));
  }

  void fillText(String fieldLabel, String text) {
    typeInto(field(fieldLabel), text);
  }

  /**
   * Types into a field and checks the value stuck: form-js applies typed text after a short debounce, and a form
   * re-rendered meanwhile (the previous field's value arriving) can reset an input typed into quickly.
   */
  private void typeInto(String fieldXpath, String text) {
    By input = By.xpath(fieldXpath + "//*[self::input or self::textarea][not(@disabled) and not(@readonly)]");
    for (int attempt = 1; ; attempt++) {
      browser.type(input, text);
      try {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(2), Browser.POLL)
            .until(d -> {
              try {
                Thread.sleep(400);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return text.equals(d.findElement(input).getDomProperty("value"));
            });
        return;
      } catch (org.openqa.selenium.TimeoutException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  /**
   * A form-js date-time field (found by its date label): the date as the picker of an en-US browser takes it
   * (MM/dd/yyyy; Chinese Tasklist takes yyyy-MM-dd, see TasklistFormDatesBrowserTest), the time as HH:mm.
   */
  void fillDateTime(String dateLabel, java.time.LocalDateTime at) {
    String group = "//*[contains(@class,'fjs-form-field-datetime')][.//label[starts-with(normalize-space()," + literal(dateLabel) + ")]]";
    WebElement date = browser.visible(By.xpath(group + "//input[contains(@id,'-date')]"));
    date.click();
    date.sendKeys(at.format(dateFormat()), org.openqa.selenium.Keys.ENTER);
    WebElement time = browser.visible(By.xpath(group + "//input[contains(@id,'-time')]"));
    time.click();
    time.sendKeys(at.format(java.time.format.DateTimeFormatter.ofPattern("HH:mm")), org.openqa.selenium.Keys.ENTER);
    browser.step(dateLabel + " set");
  }

  /** How the form's date picker reads a typed date in the browser's language: 2026-12-08 in Chinese, 12/08/2026 in English. */
  private java.time.format.DateTimeFormatter dateFormat() {
    return java.time.format.DateTimeFormatter.ofPattern(browser.language().equals("zh-CN") ? "yyyy-MM-dd" : "MM/dd/yyyy");
  }

  /** A form-js date field (subtype date), found by its date label. */
  void fillDate(String dateLabel, java.time.LocalDate on) {
    String group = "//*[contains(@class,'fjs-form-field-datetime')][.//label[starts-with(normalize-space()," + literal(dateLabel) + ")]]";
    By input = By.xpath(group + "//input[contains(@id,'-date')]");
    browser.click(input);
    browser.visible(input).sendKeys(on.format(dateFormat()), org.openqa.selenium.Keys.ENTER);
    browser.step(dateLabel + " set");
  }

  /** Ticks a checkbox (found by its label, within a scope such as {@link #group}) that is not ticked yet. */
  void tick(String scope, String label) {
    By box = By.xpath(scope + ownField(label) + "//input[@type='checkbox']");
    if (!browser.visible(box).isSelected()) {
      browser.click(box);
    }
  }

  void fillText(String scope, String fieldLabel, String text) {
    typeInto(scope + ownField(fieldLabel), text);
  }

  void chooseSelect(String scope, String fieldLabel, String optionLabel) {
    browser.click(By.xpath(scope + ownField(fieldLabel) + "//*[contains(@class,'fjs-input-group') or contains(@class,'fjs-select-display')]"));
    browser.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()=" + literal(optionLabel) + "]"));
  }

  /** The XPath of a form-js group (a box with its own label, e.g. "第 2 行"), to scope the field helpers to it. */
  static String group(String label) {
    return "//*[@role='group'][./label[normalize-space()=" + literal(label) + "]]";
  }

  /**
   * Opens the case's task from the group's list, claims it, lets the caller fill the form and completes it: the
   * whole of one step as a member of the group works it.
   */
  void work(String filter, String caseNumber, String taskName, boolean claim, Runnable fill) {
    openFilter(filter);
    openTask(caseNumber, taskName);
    if (claim) {
      claim();
    }
    fill.run();
    complete();
    awaitCompleted();
  }

  /** Tasklist closes the form once the engine has completed the task. */
  void awaitCompleted() {
    browser.waitFor(org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated(
        By.xpath("//button[normalize-space()=" + literal(completeText) + "]")));
    browser.step("form closed");
  }

  /** The list entry of one task of the case (a case can have several tasks in a list). */
  By taskOfCase(String caseNumber, String taskName) {
    return By.xpath("//*[contains(@class,'tasks-list')]//li[.//*[contains(normalize-space(.)," + literal(caseNumber)
        + ")]][.//*[normalize-space(text())=" + literal(taskName) + "]]");
  }

  void openTask(String caseNumber, String taskName) {
    if (!listed(caseNumber, taskName)) {
      openByLink(caseNumber, taskName);
      return;
    }
    clickEntry(taskOfCase(caseNumber, taskName));
    browser.visible(By.xpath("//button[normalize-space()=" + literal(completeText) + "]"));
    browser.step(taskName + " of " + caseNumber + " opened");
  }

  /**
   * Clicks a list entry. The list re-renders when it refreshes (e.g. right after a completion): the entry is found
   * again if it went stale; in a long list it may lie under the page footer until scrolled to.
   */
  private void clickEntry(By entry) {
    for (int attempt = 1; ; attempt++) {
      try {
        WebElement link = browser.visible(entry).findElement(By.cssSelector("a, h4, .names"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
            "arguments[0].scrollIntoView({block: 'center'});", link);
        link.click();
        return;
      } catch (org.openqa.selenium.StaleElementReferenceException
          | org.openqa.selenium.ElementClickInterceptedException e) {
        if (attempt == 5) {
          throw e;
        }
      }
    }
  }

  /**
   * Whether the group's list shows the task. Awaited up to a few seconds while the list loads; a list of several
   * pages (the suite's shared database fills the groups' lists) that has shown a loaded page without the task for a
   * second is not awaited further: the task lies on a later page and is opened by its link.
   */
  private boolean listed(String caseNumber, String taskName) {
    By entry = taskOfCase(caseNumber, taskName);
    By loading = By.cssSelector("[cam-tasks] .loader");
    By pages = By.cssSelector("[cam-tasks] ul.pagination");
    long[] pagedSince = {0};
    try {
      return "listed".equals(new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(),
              java.time.Duration.ofSeconds(8), Browser.POLL)
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(d -> {
            if (d.findElements(entry).stream().anyMatch(WebElement::isDisplayed)) {
              return "listed";
            }
            boolean loaded = d.findElements(loading).stream().noneMatch(WebElement::isDisplayed);
            if (!loaded || d.findElements(pages).stream().noneMatch(WebElement::isDisplayed)) {
              pagedSince[0] = 0;
              return null;
            }
            if (pagedSince[0] == 0) {
              pagedSince[0] = System.nanoTime();
            }
            return System.nanoTime() - pagedSince[0] > 1_000_000_000L ? "on a later page" : null;
          }));
    } catch (org.openqa.selenium.TimeoutException notOnThisPage) {
      return false;
    }
  }

  /**
   * Opens a task that lies beyond the first page of a long list the way a colleague's link opens it: Tasklist's own
   * URL with the task's id, looked up with the signed-in session by the case number (the business key) and name.
   */
  private void openByLink(String caseNumber, String taskName) {
    // the task may not be there yet (an asynchronous step before it, or the list gave up early on a paged list):
    // asked again until the usual wait is over
    Object id;
    try {
      id = browser.waitFor(d -> taskIdOf(caseNumber, taskName));
    } catch (org.openqa.selenium.TimeoutException e) {
      id = null;
    }
    if (id == null) {
      throw new org.openqa.selenium.NoSuchElementException(taskName + " of " + caseNumber + " is not open for this user");
    }
    String url = browser.driver().getCurrentUrl();
    String filter = url.contains("filter=") ? url.replaceAll(".*[?&]filter=([^&]*).*", "$1") : "";
    ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
        "window.location.hash = arguments[0];", "#/?filter=" + filter + "&task=" + id);
    browser.visible(By.xpath("//button[normalize-space()=" + literal(completeText) + "]"));
    browser.step(taskName + " of " + caseNumber + " opened by its link");
  }

  /** The id of the case's open task of that name the signed-in user may see, or null. */
  private Object taskIdOf(String caseNumber, String taskName) {
    return ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "fetch('/camunda/api/engine/engine/default/task?processInstanceBusinessKey=' + encodeURIComponent(arguments[0])"
            + " + '&name=' + encodeURIComponent(arguments[1]), {headers: {Accept: 'application/json'}})"
            + ".then(r => r.json()).then(tasks => done(tasks.length ? tasks[0].id : null)).catch(() => done(null));",
        caseNumber, taskName);
  }

  /** Closes Tasklist's notices (e.g. "You are assigned to the following tasks"), as a person would. */
  void closeNotices() {
    for (WebElement close : browser.driver().findElements(By.cssSelector(".page-notifications .alert button.close"))) {
      if (close.isDisplayed()) {
        close.click();
      }
    }
    browser.waitFor(org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated(
        By.cssSelector(".page-notifications .alert")));
  }

  void complete() {
    closeNotices();
    browser.step("form filled");
    String form = formOfOpenTask();
    browser.click(By.xpath("//button[normalize-space()=" + literal(completeText) + "]"));
    FormsCompleted.record(form, browser.language());
    browser.step("completed");
  }

  /**
   * The form (camunda:formRef) of the task Tasklist shows, asked with the signed-in session for the task in
   * Tasklist's address: what {@link FormsCompleted} records as completed.
   */
  String formOfOpenTask() {
    Object form = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "const task = /[?&]task=([^&]+)/.exec(window.location.hash);"
            + "if (!task) { done(null); return; }"
            + "fetch('/camunda/api/engine/engine/default/task/' + task[1], {headers: {Accept: 'application/json'}})"
            + ".then(r => r.json()).then(t => done(t.camundaFormRef ? t.camundaFormRef.key : null))"
            + ".catch(() => done(null));");
    if (form == null) {
      throw new IllegalStateException("Tasklist shows no task with a form at " + browser.driver().getCurrentUrl());
    }
    return form.toString();
  }

  /** The form-js field whose label starts with the given text (required fields add a marker). */
  static String field(String label) {
    return "//*[contains(@class,'fjs-form-field')][.//label[starts-with(normalize-space(),"
        + literal(label) + ")]]";
  }

  /** The form-js field whose own label (not one of a field inside it) starts with the given text. */
  static String ownField(String label) {
    return "//*[contains(@class,'fjs-form-field')][./label[starts-with(normalize-space()," + literal(label) + ")]]";
  }

  static String literal(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    return "concat('" + text.replace("'", "', \"'\", '") + "')";
  }
}
