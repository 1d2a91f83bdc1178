package com.aftersales.testsupport;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricExternalTaskLog;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;

/**
 * Reads every value the engine keeps about process instances, running and finished, and reports each one that
 * mentions one of the given texts. Read: runtime variables (process and task-local, every scope), historic variable
 * instances, every historic detail (variable updates and submitted form fields), the user operation log (old and new
 * values), historic decision inputs and outputs, incidents (running and historic), job exception messages and
 * stack traces (running jobs and the job log), external tasks and their log, task names and descriptions (running and
 * historic), task and process comments, and business keys. Serialized values are read as text, so JSON and Java
 * objects are searched too. The application's own tables and the mail outbox are not engine data and not read.
 *
 * <p>Each value read is counted under the process definition key of the instance it belongs to, so a caller can
 * show that a flow's instances were read at all (no assertion on an empty set).
 */
public final class EngineDataScan {

  /** What a scan found: the mentions ("source pid name=value") and the values read per process definition key. */
  public record Result(List<String> mentions, Map<String, Integer> valuesReadByProcess,
      Map<String, Integer> valuesReadByInstance, int valuesRead) {

    public int valuesReadOf(String processDefinitionKey) {
      return valuesReadByProcess.getOrDefault(processDefinitionKey, 0);
    }

    /** The values read of the given instances, per process definition key. */
    public Map<String, Integer> valuesReadOfInstances(Map<String, String> keyByInstanceId) {
      Map<String, Integer> counts = new TreeMap<>();
      keyByInstanceId.forEach((id, key) -> counts.merge(key, valuesReadByInstance.getOrDefault(id, 0), Integer::sum));
      return counts;
    }
  }

  private final Collection<String> texts;
  private final List<String> mentions = new ArrayList<>();
  private final Map<String, Integer> read = new TreeMap<>();
  private final Map<String, Integer> readByInstance = new HashMap<>();
  private final Map<String, String> keyOfInstance = new HashMap<>();
  private int total;

  private EngineDataScan(Collection<String> texts) {
    this.texts = texts;
  }

  /** Scans everything the engine holds for {@code texts} (compared as they are, case-sensitively). */
  public static Result scan(ProcessEngine engine, Collection<String> texts) {
    EngineDataScan scan = new EngineDataScan(texts);
    scan.run(engine);
    return new Result(List.copyOf(scan.mentions), Map.copyOf(scan.read), Map.copyOf(scan.readByInstance),
        scan.total);
  }

  private void run(ProcessEngine engine) {
    RuntimeService runtime = engine.getRuntimeService();
    HistoryService history = engine.getHistoryService();
    ManagementService management = engine.getManagementService();
    TaskService tasks = engine.getTaskService();

    for (HistoricProcessInstance pi : history.createHistoricProcessInstanceQuery().list()) {
      keyOfInstance.put(pi.getId(), pi.getProcessDefinitionKey());
      check("business key", pi.getId(), "businessKey", pi.getBusinessKey());
      for (Comment c : tasks.getProcessInstanceComments(pi.getId())) {
        check("comment", pi.getId(), "comment", c.getFullMessage());
      }
    }
    for (VariableInstance v : runtime.createVariableInstanceQuery().disableCustomObjectDeserialization().list()) {
      check("running " + (v.getTaskId() == null ? "" : "task-local "), v.getProcessInstanceId(), v.getName(),
          EngineVariableScan.valueOf(v.getTypedValue()));
    }
    for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().disableCustomObjectDeserialization()
        .list()) {
      check("historic variable", v.getProcessInstanceId(), v.getName(), EngineVariableScan.valueOf(v.getTypedValue()));
    }
    for (HistoricDetail d : history.createHistoricDetailQuery().disableCustomObjectDeserialization().list()) {
      if (d instanceof HistoricVariableUpdate u) {
        check("variable update", u.getProcessInstanceId(), u.getVariableName(),
            EngineVariableScan.valueOf(u.getTypedValue()));
      } else if (d instanceof HistoricFormField f) {
        check("form field", f.getProcessInstanceId(), f.getFieldId(), String.valueOf(f.getFieldValue()));
      }
    }
    for (UserOperationLogEntry e : history.createUserOperationLogQuery().list()) {
      check("operation log " + e.getOperationType(), e.getProcessInstanceId(), e.getProperty(),
          e.getOrgValue() + " -> " + e.getNewValue());
    }
    for (HistoricDecisionInstance d : history.createHistoricDecisionInstanceQuery().includeInputs().includeOutputs()
        .disableCustomObjectDeserialization().list()) {
      for (HistoricDecisionInputInstance in : d.getInputs()) {
        check("decision input " + d.getDecisionDefinitionKey(), d.getProcessInstanceId(), in.getClauseName(),
            EngineVariableScan.valueOf(in.getTypedValue()));
      }
      for (HistoricDecisionOutputInstance out : d.getOutputs()) {
        check("decision output " + d.getDecisionDefinitionKey(), d.getProcessInstanceId(), out.getVariableName(),
            EngineVariableScan.valueOf(out.getTypedValue()));
      }
    }
    for (Incident i : runtime.createIncidentQuery().list()) {
      check("incident", i.getProcessInstanceId(), i.getIncidentType(), i.getIncidentMessage());
    }
    for (HistoricIncident i : history.createHistoricIncidentQuery().list()) {
      check("historic incident", i.getProcessInstanceId(), i.getIncidentType(), i.getIncidentMessage());
    }
    for (Job j : management.createJobQuery().list()) {
      check("job", j.getProcessInstanceId(), "exceptionMessage", j.getExceptionMessage());
      if (j.getExceptionMessage() != null) {
        check("job", j.getProcessInstanceId(), "stacktrace", management.getJobExceptionStacktrace(j.getId()));
      }
    }
    for (HistoricJobLog l : history.createHistoricJobLogQuery().list()) {
      check("job log", l.getProcessInstanceId(), "exceptionMessage", l.getJobExceptionMessage());
      if (l.isFailureLog()) {
        check("job log", l.getProcessInstanceId(), "stacktrace", history.getHistoricJobLogExceptionStacktrace(l.getId()));
      }
    }
    for (ExternalTask t : engine.getExternalTaskService().createExternalTaskQuery().list()) {
      check("external task", t.getProcessInstanceId(), "errorMessage", t.getErrorMessage());
    }
    for (HistoricExternalTaskLog l : history.createHistoricExternalTaskLogQuery().list()) {
      check("external task log", l.getProcessInstanceId(), "errorMessage", l.getErrorMessage());
    }
    for (Task t : tasks.createTaskQuery().list()) {
      check("task", t.getProcessInstanceId(), "name", t.getName());
      check("task", t.getProcessInstanceId(), "description", t.getDescription());
      for (Comment c : tasks.getTaskComments(t.getId())) {
        check("task comment", t.getProcessInstanceId(), "comment", c.getFullMessage());
      }
    }
    for (HistoricTaskInstance t : history.createHistoricTaskInstanceQuery().list()) {
      check("historic task", t.getProcessInstanceId(), "name", t.getName());
      check("historic task", t.getProcessInstanceId(), "description", t.getDescription());
    }
  }

  private void check(String source, String processInstanceId, String name, String value) {
    total++;
    String key = processInstanceId == null ? "(none)" : keyOfInstance.getOrDefault(processInstanceId, "(unknown)");
    read.merge(key, 1, Integer::sum);
    if (processInstanceId != null) {
      readByInstance.merge(processInstanceId, 1, Integer::sum);
    }
    for (String text : texts) {
      if ((name != null && name.contains(text)) || (value != null && value.contains(text))) {
        mentions.add(source + " " + key + "/" + processInstanceId + " " + name + "=" + value);
      }
    }
  }
}
