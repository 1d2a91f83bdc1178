package com.aftersales.forms;

import com.aftersales.engine.TaskInputRejectedException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * Every value a task's form offers as a fixed list is checked against that list when the task is completed
 * (/task/{id}/complete, /submit-form as Tasklist sends it, /resolve of a delegated task, or the Java API): the
 * task's deployed form
 * ({@code camunda:formRef}, taken from the process definition's own deployment, which is what binding
 * {@code deployment} means) gives the lists, see {@link FormChoices}. A key the task's form does not have is held
 * to the list another form of the same process offers for it, so a category cannot be smuggled in through a later
 * task. A wrong value is refused with {@link TaskInputRejectedException} (400 over REST, naming the field) before
 * the completion has done anything, so nothing is written.
 *
 * <p>The check runs inside the completion's command context (a post-interceptor), where the task it loads is the
 * one the completion then works on, without another query. The lists of a process definition are read once: a
 * deployment never changes.
 */
@Component
public class FormChoicesPlugin extends AbstractProcessEnginePlugin {

  static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
    interceptors.add(new FormChoicesInterceptor());
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName();
  }

  /** The lists of one process definition's task forms. */
  record ProcessForms(Map<String, FormChoices> byTask, FormChoices all) {

    FormChoices of(String taskDefinitionKey) {
      return byTask.getOrDefault(taskDefinitionKey, FormChoices.NONE).withListsOfOtherForms(all);
    }
  }

  static final class FormChoicesInterceptor extends CommandInterceptor {

    private final Map<String, ProcessForms> byDefinition = new ConcurrentHashMap<>();

    @Override
    public <T> T execute(Command<T> command) {
      if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
        check(command);
      } else if (command instanceof AbstractSetVariableCmd || command instanceof AbstractPatchVariablesCmd) {
        checkVariables(command);
      }
      return next.execute(command);
    }

    /**
     * Variables a signed-in user sets on a task or a case directly (PUT/POST .../variables): held to the same lists,
     * the task's own form first. The application's steps set variables without a user and are not checked here.
     */
    private void checkVariables(Command<?> command) {
      CommandContext context = Context.getCommandContext();
      String entityId = (String) field(command, "entityId");
      if (context == null || context.getAuthenticatedUserId() == null || entityId == null
          || !(field(command, "variables") instanceof Map<?, ?> submitted) || submitted.isEmpty()) {
        return;
      }
      String definitionId;
      String taskKey = null;
      if (command instanceof SetTaskVariablesCmd || command instanceof PatchTaskVariablesCmd) {
        TaskEntity task = context.getTaskManager().findTaskById(entityId);
        definitionId = task == null ? null : task.getProcessDefinitionId();
        taskKey = task == null ? null : task.getTaskDefinitionKey();
      } else {
        ExecutionEntity execution = context.getExecutionManager().findExecutionById(entityId);
        definitionId = execution == null ? null : execution.getProcessDefinitionId();
      }
      if (definitionId == null) {
        return; // the command itself reports an unknown task or execution
      }
      List<String> problems = problems(context, definitionId, taskKey, submitted);
      if (taskKey != null) {
        problems.addAll(runtimeProblems(context, context.getTaskManager().findTaskById(entityId), submitted));
      }
      if (!problems.isEmpty()) {
        throw new BadUserRequestException("The variables were not set: " + String.join("; ", problems));
      }
    }

    private void check(Command<?> command) {
      CommandContext context = Context.getCommandContext();
      String taskId = (String) field(command, "taskId");
      Object variables = field(command, command instanceof CompleteTaskCmd ? "variables" : "properties");
      if (context == null || taskId == null || !(variables instanceof Map<?, ?> submitted) || submitted.isEmpty()) {
        return;
      }
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      if (task == null || task.getProcessDefinitionId() == null) {
        return; // the completion itself reports an unknown task
      }
      List<String> problems = problems(context, task.getProcessDefinitionId(), task.getTaskDefinitionKey(), submitted);
      problems.addAll(runtimeProblems(context, task, submitted));
      if (!problems.isEmpty()) {
        String message = "The task was not completed: " + String.join("; ", problems);
        // the REST API's /resolve answers 400 for a BadUserRequestException, complete and submit-form for this one
        throw command instanceof ResolveTaskCmd ? new BadUserRequestException(message)
            : new TaskInputRejectedException(message, null);
      }
    }

    /** What is wrong with the submitted values: the task's own form first, without a task every form's lists. */
    @SuppressWarnings("unchecked")
    private List<String> problems(CommandContext context, String definitionId, String taskKey, Map<?, ?> submitted) {
      ProcessForms forms = byDefinition.computeIfAbsent(definitionId, id -> load(context, id));
      return (taskKey == null ? forms.all() : forms.of(taskKey)).problems((Map<String, ?>) submitted);
    }

    /** Values of lists the task's form fills at run time, held to the list the task holds (its valuesKey variable). */
    @SuppressWarnings("unchecked")
    private List<String> runtimeProblems(CommandContext context, TaskEntity task, Map<?, ?> submitted) {
      ProcessForms forms = byDefinition.computeIfAbsent(task.getProcessDefinitionId(), id -> load(context, id));
      FormChoices own = forms.byTask().getOrDefault(task.getTaskDefinitionKey(), FormChoices.NONE);
      return own.runtimeProblems((Map<String, ?>) submitted, task::getVariable);
    }

    private static ProcessForms load(CommandContext context, String processDefinitionId) {
      DeploymentCache cache = context.getProcessEngineConfiguration().getDeploymentCache();
      ProcessDefinitionEntity definition = cache.findDeployedProcessDefinitionById(processDefinitionId);
      Map<String, FormChoices> formsById = new HashMap<>();
      for (ResourceEntity resource : context.getResourceManager().findResourcesByDeploymentId(definition.getDeploymentId())) {
        if (resource.getName().endsWith(".form")) {
          try {
            JsonNode form = JSON.readTree(resource.getBytes());
            formsById.put(form.path("id").asText(), FormChoices.of(form));
          } catch (IOException unreadable) {
            // the engine refused to deploy an unreadable form already; nothing to check against
          }
        }
      }
      BpmnModelInstance model = cache.findBpmnModelInstanceForProcessDefinition(definition);
      Map<String, FormChoices> byTask = new HashMap<>();
      FormChoices all = FormChoices.NONE;
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        FormChoices form = formsById.get(task.getAttributeValueNs(CAMUNDA_NS, "formRef"));
        if (form != null) {
          byTask.put(task.getId(), form);
          all = all.and(form);
        }
      }
      return new ProcessForms(byTask, all);
    }

    /** A field of the command or of the command it extends (ResolveTaskCmd is a CompleteTaskCmd). */
    private static Object field(Command<?> command, String name) {
      for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
        try {
          Field field = type.getDeclaredField(name);
          field.setAccessible(true);
          return field.get(command);
        } catch (NoSuchFieldException e) {
          // declared further up
        } catch (ReflectiveOperationException | RuntimeException e) {
          return null;
        }
      }
      return null;
    }
  }
}
