package com.aftersales.security.deployment;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.springframework.stereotype.Component;

/**
 * Reads a BPMN or DMN file element by element and lists what {@link DeploymentGuard} refuses in it. Allow-lists
 * throughout: the Camunda extension elements and attributes a model may carry (no class, script, connector or
 * external resource), expressions per {@link ExpressionPolicy}, FEEL as the only DMN expression language.
 */
@Component
public class ModelScanner {

  static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String CAMUNDA_BPMN = "http://camunda.org/schema/1.0/bpmn";
  static final String CAMUNDA_DMN = "http://camunda.org/schema/1.0/dmn";

  /** The engine still reads Camunda's extensions under their Activiti-era namespace too. */
  static final Set<String> CAMUNDA_BPMN_NAMESPACES = Set.of(CAMUNDA_BPMN, "http://activiti.org/bpmn");

  /** BPMN elements that hold a script. */
  static final Set<String> SCRIPT_ELEMENTS = Set.of("scriptTask", "globalScriptTask", "script");

  /** BPMN attributes that switch an expression to a script language. */
  static final Set<String> SCRIPT_ATTRIBUTES = Set.of("language", "scriptFormat", "expressionLanguage");

  /** Camunda extension elements a model may use (no script, connector, potentialStarter...). */
  static final Set<String> CAMUNDA_ELEMENTS = Set.of(
      "executionListener", "taskListener", "inputOutput", "inputParameter", "outputParameter", "in", "out",
      "failedJobRetryTimeCycle", "properties", "property", "formData", "formField", "validation", "constraint",
      "value", "list", "map", "entry", "field", "string", "expression");

  /**
   * Camunda attributes a model may use, on BPMN elements (camunda:...) and on Camunda extension elements (plain):
   * no class, variableMappingClass, formHandlerClass, resource, scriptFormat.
   */
  static final Set<String> CAMUNDA_ATTRIBUTES = Set.of(
      "assignee", "candidateGroups", "candidateUsers", "dueDate", "followUpDate", "priority", "formKey", "formRef",
      "formRefBinding", "formRefVersion", "asyncBefore", "asyncAfter", "exclusive", "jobPriority", "taskPriority",
      "failedJobRetryTimeCycle", "historyTimeToLive", "versionTag", "isStartableInTasklist", "initiator",
      "candidateStarterGroups", "candidateStarterUsers", "calledElementBinding", "calledElementVersion",
      "calledElementVersionTag", "calledElementTenantId", "caseBinding", "decisionRef", "decisionRefBinding",
      "decisionRefVersion", "decisionRefVersionTag", "decisionRefTenantId", "resultVariable", "mapDecisionResult",
      "collection", "elementVariable", "delegateExpression", "variableMappingDelegateExpression", "expression",
      "type", "topic", "errorCodeVariable", "errorMessageVariable", "escalationCodeVariable",
      "event", "name", "id", "label", "defaultValue", "value", "config", "source", "sourceExpression", "target",
      "variables", "local", "businessKey", "stringValue", "inputVariable");

  /** Camunda attributes whose value is a delegate expression. */
  static final Set<String> DELEGATE_ATTRIBUTES = Set.of("delegateExpression", "variableMappingDelegateExpression");

  /** BPMN text a person writes for people: never evaluated (in DMN, text elements hold the FEEL). */
  static final Set<String> PROSE = Set.of("documentation", "text", "description");

  /** FEEL: the language's only way out to Java (external functions). */
  static final Pattern FEEL_EXTERNAL = Pattern.compile("\\bexternal\\s*\\{");

  private final ExpressionPolicy expressions;

  public ModelScanner(ExpressionPolicy expressions) {
    this.expressions = expressions;
  }

  public List<Refusal> scanBpmn(byte[] xml) {
    return scan(xml, false);
  }

  public List<Refusal> scanDmn(byte[] xml) {
    return scan(xml, true);
  }

  private List<Refusal> scan(byte[] xml, boolean dmn) {
    List<Refusal> refusals = new ArrayList<>();
    Deque<String> ids = new ArrayDeque<>();
    Deque<StringBuilder> texts = new ArrayDeque<>();
    XMLStreamReader reader = null;
    try {
      reader = factory().createXMLStreamReader(new ByteArrayInputStream(xml));
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String id = reader.getAttributeValue(null, "id");
          ids.push(id != null ? id : ids.isEmpty() ? "" : ids.peek());
          texts.push(new StringBuilder());
          Site site = new Site(reader.getLocation().getLineNumber(), reader.getLocation().getColumnNumber(), ids.peek());
          if (dmn) {
            dmnElement(reader, site, refusals);
          } else {
            bpmnElement(reader, site, refusals);
          }
        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
          if (!texts.isEmpty()) {
            texts.peek().append(reader.getText());
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String text = texts.pop().toString();
          Site site = new Site(reader.getLocation().getLineNumber(), reader.getLocation().getColumnNumber(), ids.pop());
          if (dmn || !PROSE.contains(reader.getLocalName())) {
            text(text, dmn, site, refusals);
          }
        }
      }
    } catch (XMLStreamException e) {
      refusals.add(new Refusal("the file is no readable XML: " + e.getMessage(), 0, 0, null));
    } finally {
      close(reader);
    }
    return refusals;
  }

  private void bpmnElement(XMLStreamReader reader, Site site, List<Refusal> refusals) {
    String namespace = reader.getNamespaceURI();
    String element = reader.getLocalName();
    boolean camundaElement = isCamunda(namespace);
    if (BPMN.equals(namespace) && SCRIPT_ELEMENTS.contains(element)) {
      refusals.add(site.refuse("bpmn:" + element + " is refused: models may not contain scripts"));
    }
    if (camundaElement && !CAMUNDA_ELEMENTS.contains(element)) {
      refusals.add(site.refuse("camunda:" + element + " is refused: " + reason(element)));
    }
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      String attributeNamespace = reader.getAttributeNamespace(i);
      String name = reader.getAttributeLocalName(i);
      String value = reader.getAttributeValue(i);
      boolean camundaAttribute =
          isCamunda(attributeNamespace) || (camundaElement && (attributeNamespace == null || attributeNamespace.isEmpty()));
      boolean bpmnAttribute = !camundaAttribute && (attributeNamespace == null || attributeNamespace.isEmpty());
      if (camundaAttribute && !CAMUNDA_ATTRIBUTES.contains(name)) {
        refusals.add(site.refuse("camunda:" + name + " is refused: " + reason(name)));
      } else if (bpmnAttribute && SCRIPT_ATTRIBUTES.contains(name)) {
        refusals.add(site.refuse(name + "=\"" + value + "\" is refused: models may not contain scripts; "
            + "a condition is a plain expression like ${coverage == 'warranty'}"));
      } else if (camundaAttribute && DELEGATE_ATTRIBUTES.contains(name)) {
        site.add(expressions.checkDelegate(value), refusals);
      } else if ((camundaAttribute || bpmnAttribute) && ExpressionPolicy.hasExpression(value)) {
        site.add(expressions.check(value), refusals);
      }
    }
  }

  private void dmnElement(XMLStreamReader reader, Site site, List<Refusal> refusals) {
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      String attributeNamespace = reader.getAttributeNamespace(i);
      String name = reader.getAttributeLocalName(i);
      String value = reader.getAttributeValue(i);
      if ("expressionLanguage".equals(name) && !isFeel(value)) {
        refusals.add(site.refuse("expressionLanguage=\"" + value + "\" is refused: decisions use FEEL only"));
      } else if (CAMUNDA_DMN.equals(attributeNamespace) && !CAMUNDA_ATTRIBUTES.contains(name)) {
        refusals.add(site.refuse("camunda:" + name + " is refused: " + reason(name)));
      }
    }
  }

  private void text(String text, boolean dmn, Site site, List<Refusal> refusals) {
    if (dmn) {
      if (FEEL_EXTERNAL.matcher(text).find()) {
        refusals.add(site.refuse("a FEEL external function is refused: decisions may not call Java"));
      }
    } else if (ExpressionPolicy.hasExpression(text)) {
      site.add(expressions.check(text.strip()), refusals);
    }
  }

  private static boolean isCamunda(String namespace) {
    return namespace != null && CAMUNDA_BPMN_NAMESPACES.contains(namespace);
  }

  static boolean isFeel(String language) {
    String lower = language.trim().toLowerCase(Locale.ROOT);
    return lower.equals("feel") || lower.matches("https?://www\\.omg\\.org/spec/(dmn/\\d+/)?feel/(\\d+/?)?");
  }

  private static String reason(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.contains("class")) {
      return "models may not name Java classes; use a delegate expression naming one of the application's beans";
    }
    if (lower.contains("script") || lower.equals("resource")) {
      return "models may not contain scripts";
    }
    if (lower.contains("connector")) {
      return "models may not use connectors";
    }
    return "not on the list of what models may use";
  }

  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    return factory;
  }

  private static void close(XMLStreamReader reader) {
    if (reader != null) {
      try {
        reader.close();
      } catch (XMLStreamException ignored) {
        // nothing left to read
      }
    }
  }

  /** Where in the file: the line, and the id of the element or its nearest ancestor with one. */
  private record Site(int line, int column, String elementId) {

    Refusal refuse(String message) {
      return new Refusal(message, line, column, elementId == null || elementId.isEmpty() ? null : elementId);
    }

    void add(String reason, List<Refusal> refusals) {
      if (reason != null) {
        refusals.add(refuse(reason));
      }
    }
  }
}
