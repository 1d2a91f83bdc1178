package com.aftersales.security;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.HistoricTaskInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetAttachmentContentCmd;
import org.camunda.bpm.engine.impl.cmd.GetProcessInstanceAttachmentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetProcessInstanceCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentContentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.AttachmentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricTaskInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Attachment;
import org.springframework.stereotype.Component;

/**
 * Comments and attachments follow task access: who may work a task (claim, complete: the engine's TASK_WORK check)
 * may comment on it and attach files to it; who may read it, or read its case's history as supervisors do, sees
 * them. Camunda checks neither when adding or reading them, and its REST API (the same under /engine-rest and
 * Tasklist's /camunda/api/engine) lets in whoever sees the task in history: supervisors could comment on every
 * group's tasks while the group working a task could not comment on it at all.
 *
 * <p>Three parts, all inside the engine: adding, changing and deleting a task's comment or attachment needs
 * TASK_WORK on the task (on the process instance, UPDATE on it); reading them needs READ on the task or READ_TASK
 * or READ_HISTORY on its process definition (for a process instance's, READ on it); and the one lookup the REST API
 * makes first, the historic task by its id, finds the task for who may read it now. Like the engine's own checks
 * these apply to signed-in users with authorization checks on; the application's own calls pass. A refused change
 * is a {@link TaskWorkRequiredException} (403 over REST), a refused read an AuthorizationException.
 */
@Component
public class TaskCommentsPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
    interceptors.add(new TaskCommentsInterceptor());
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName();
  }

  /** Runs inside the command context (after the engine's CommandContextInterceptor). */
  static final class TaskCommentsInterceptor extends CommandInterceptor {

    private static final Map<String, Field> FIELDS = new ConcurrentHashMap<>();

    /** What a command does with comments or attachments; looked up once per command class. */
    enum Kind { ADD, DELETE_ATTACHMENT, SAVE_ATTACHMENT, READ_OF_TASK, READ_ATTACHMENT, READ_OF_INSTANCE,
      HISTORIC_TASK_QUERY, OTHER }

    private static final ClassValue<Kind> KINDS = new ClassValue<>() {
      @Override
      protected Kind computeValue(Class<?> type) {
        if (AddCommentCmd.class.isAssignableFrom(type) || CreateAttachmentCmd.class.isAssignableFrom(type)) {
          return Kind.ADD;
        }
        if (DeleteAttachmentCmd.class.isAssignableFrom(type)) {
          return Kind.DELETE_ATTACHMENT;
        }
        if (SaveAttachmentCmd.class.isAssignableFrom(type)) {
          return Kind.SAVE_ATTACHMENT;
        }
        if (Stream.of(GetTaskCommentsCmd.class, GetTaskCommentCmd.class, GetTaskAttachmentsCmd.class,
            GetTaskAttachmentCmd.class, GetTaskAttachmentContentCmd.class).anyMatch(c -> c.isAssignableFrom(type))) {
          return Kind.READ_OF_TASK;
        }
        if (GetAttachmentCmd.class.isAssignableFrom(type) || GetAttachmentContentCmd.class.isAssignableFrom(type)) {
          return Kind.READ_ATTACHMENT;
        }
        if (GetProcessInstanceCommentsCmd.class.isAssignableFrom(type)
            || GetProcessInstanceAttachmentsCmd.class.isAssignableFrom(type)) {
          return Kind.READ_OF_INSTANCE;
        }
        return HistoricTaskInstanceQueryImpl.class.isAssignableFrom(type) ? Kind.HISTORIC_TASK_QUERY : Kind.OTHER;
      }
    };

    @Override
    public <T> T execute(Command<T> command) {
      Kind kind = KINDS.get(command.getClass());
      if (kind == Kind.OTHER) {
        return next.execute(command);
      }
      CommandContext context = Context.getCommandContext();
      if (!checked(context)) {
        return next.execute(command);
      }
      switch (kind) {
        case ADD -> mayChange(context, field(command, "taskId"), field(command, "processInstanceId"));
        case DELETE_ATTACHMENT -> {
          Attachment attachment = attachment(context, field(command, "attachmentId"));
          String taskId = field(command, "taskId");
          mayChange(context, taskId != null ? taskId : attachment == null ? null : attachment.getTaskId(),
              attachment == null ? null : attachment.getProcessInstanceId());
        }
        case SAVE_ATTACHMENT -> {
          Attachment changed = (Attachment) object(command, "attachment");
          Attachment stored = changed == null ? null : attachment(context, changed.getId());
          if (stored != null) {
            mayChange(context, stored.getTaskId(), stored.getProcessInstanceId());
          }
        }
        case READ_OF_TASK -> mayRead(context, field(command, "taskId"), null);
        case READ_ATTACHMENT -> {
          Attachment attachment = attachment(context, field(command, "attachmentId"));
          if (attachment != null) {
            mayRead(context, attachment.getTaskId(), attachment.getProcessInstanceId());
          }
        }
        case READ_OF_INSTANCE -> mayRead(context, null, field(command, "processInstanceId"));
        case HISTORIC_TASK_QUERY -> {
          String taskId = ((HistoricTaskInstanceQueryImpl) command).getTaskId();
          if (taskId != null && mayReadRunningTask(context, context.getTaskManager().findTaskById(taskId))) {
            // The REST API looks the task up in history before it lists or adds comments and attachments.
            context.disableAuthorizationCheck();
            try {
              return next.execute(command);
            } finally {
              context.enableAuthorizationCheck();
            }
          }
        }
        default -> { }
      }
      return next.execute(command);
    }

    private static boolean checked(CommandContext context) {
      if (context == null || !context.getProcessEngineConfiguration().isAuthorizationEnabled()
          || !context.isAuthorizationCheckEnabled()) {
        return false;
      }
      Authentication authentication = context.getAuthentication();
      return authentication != null && authentication.getUserId() != null
          && !context.getAuthorizationManager().isCamundaAdmin(authentication);
    }

    /** Who may work the running task; nobody (but operators) adds to a finished or unknown one. */
    private static void mayChange(CommandContext context, String taskId, String processInstanceId) {
      List<CommandChecker> checkers = context.getProcessEngineConfiguration().getCommandCheckers();
      try {
        if (taskId != null) {
          TaskEntity task = context.getTaskManager().findTaskById(taskId);
          if (task == null) {
            throw refused(context, "comment on or attach to task " + taskId + ", which is not open");
          }
          checkers.forEach(checker -> checker.checkTaskWork(task));
        } else if (processInstanceId != null) {
          checkers.forEach(checker -> checker.checkUpdateProcessInstanceById(processInstanceId));
        }
      } catch (AuthorizationException e) {
        throw new TaskWorkRequiredException(e.getMessage(), e);
      }
    }

    private static void mayRead(CommandContext context, String taskId, String processInstanceId) {
      if (taskId != null) {
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        if (task != null) {
          if (!mayReadRunningTask(context, task) && !mayReadHistory(context, task.getProcessDefinitionId())) {
            throw refused(context, "read the comments and attachments of task " + taskId);
          }
          return;
        }
        HistoricTaskInstanceEntity finished = context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId);
        if (finished != null && !mayReadHistory(context, finished.getProcessDefinitionId())) {
          throw refused(context, "read the comments and attachments of task " + taskId);
        }
      } else if (processInstanceId != null) {
        context.getProcessEngineConfiguration().getCommandCheckers()
            .forEach(checker -> checker.checkReadProcessInstance(processInstanceId));
      }
    }

    private static boolean mayReadRunningTask(CommandContext context, TaskEntity task) {
      if (task == null) {
        return false;
      }
      AuthorizationManager authorizations = context.getAuthorizationManager();
      if (authorizations.isAuthorized(Permissions.READ, Resources.TASK, task.getId())) {
        return true;
      }
      String key = definitionKey(context, task.getProcessDefinitionId());
      return key != null
          && authorizations.isAuthorized(ProcessDefinitionPermissions.READ_TASK, Resources.PROCESS_DEFINITION, key);
    }

    private static boolean mayReadHistory(CommandContext context, String processDefinitionId) {
      String key = definitionKey(context, processDefinitionId);
      return key != null && context.getAuthorizationManager()
          .isAuthorized(ProcessDefinitionPermissions.READ_HISTORY, Resources.PROCESS_DEFINITION, key);
    }

    private static String definitionKey(CommandContext context, String processDefinitionId) {
      if (processDefinitionId == null) {
        return null;
      }
      var definition = context.getProcessEngineConfiguration().getDeploymentCache()
          .findDeployedProcessDefinitionById(processDefinitionId);
      return definition == null ? null : definition.getKey();
    }

    private static Attachment attachment(CommandContext context, String attachmentId) {
      return attachmentId == null ? null
          : context.getDbEntityManager().selectById(AttachmentEntity.class, attachmentId);
    }

    private static AuthorizationException refused(CommandContext context, String what) {
      return new AuthorizationException("The user with id '" + context.getAuthenticatedUserId() + "' may not " + what
          + ": comments and attachments are for who may work the task.");
    }

    private static String field(Object command, String name) {
      return (String) object(command, name);
    }

    /** The commands keep their arguments in protected fields without getters. */
    private static Object object(Object command, String name) {
      Field field = FIELDS.computeIfAbsent(command.getClass().getName() + "#" + name, key -> find(command.getClass(), name));
      try {
        return field.get(command);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("Cannot read " + name + " of " + command.getClass().getName(), e);
      }
    }

    private static Field find(Class<?> type, String name) {
      for (Class<?> c = type; c != null; c = c.getSuperclass()) {
        try {
          Field field = c.getDeclaredField(name);
          field.setAccessible(true);
          return field;
        } catch (NoSuchFieldException e) {
          // look in the superclass
        }
      }
      throw new IllegalStateException(type.getName() + " has no field " + name);
    }
  }
}
