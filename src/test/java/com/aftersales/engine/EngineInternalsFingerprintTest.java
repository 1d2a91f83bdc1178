package com.aftersales.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetProcessInstanceCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Fences around the places that lean on Camunda's internals instead of its public API. Each test pins what the
 * code mirrors or reaches into: a MyBatis mapping's text (by its SHA-256, whitespace collapsed), a private field
 * read by reflection, the methods of a service whose commands a plugin sorts. When an engine upgrade changes one
 * of them the test fails and names the class to re-check; only after that check is the pinned value updated.
 *
 * <ul>
 *   <li>{@link StaticAuthorizationCheck} answers like the statement {@code isUserAuthorizedForResource} and the
 *       fragments it includes (re-run {@code AuthorizationTuningTest} on H2 and PostgreSQL);
 *   <li>{@link TaskRegrouping} (the complaint's escalation) deletes the moved task's grants through
 *       {@code AuthorizationManager} (the public API would raise the identity generation on every move);
 *   <li>{@link QueryPropertyAccessor} serves the properties the task mapping reads without a getter;
 *   <li>{@code TaskCompletionFailuresPlugin}, {@code forms.FormChoicesPlugin} and {@code security.TaskCommentsPlugin}
 *       read command fields by name;
 *   <li>{@code security.OperatorCommandsPlugin}, {@code security.TaskCommentsPlugin} and
 *       {@code security.IdentityGuardPlugin} recognise the commands behind the services' methods: a new method may
 *       mean a command they do not know.
 * </ul>
 */
class EngineInternalsFingerprintTest {

  private static final String AUTHORIZATION_MAPPING = "org/camunda/bpm/engine/impl/mapping/entity/Authorization.xml";
  private static final String TASK_MAPPING = "org/camunda/bpm/engine/impl/mapping/entity/Task.xml";

  @Test
  @DisplayName("the authorization statement StaticAuthorizationCheck mirrors is the one it was checked against")
  void authorizationCheckMapping() {
    String mapping = resource(AUTHORIZATION_MAPPING);
    String mirrored = String.join("\n", element(mapping, "select", "isUserAuthorizedForResource"),
        element(mapping, "sql", "authorizationCheck"), element(mapping, "sql", "atomicChecks"),
        element(mapping, "sql", "compositeChecks"), element(mapping, "sql", "disjunctiveAtomicChecks"),
        element(mapping, "sql", "authCheck"));
    assertThat(sha256(mirrored))
        .as("Camunda changed isUserAuthorizedForResource: check StaticAuthorizationCheck against it "
            + "(AuthorizationTuningTest), then update this fingerprint")
        .isEqualTo("4976c381fe7750697158056a031ee89b062e2784bfd9fcbbdd4739bd400c749f");
  }

  @Test
  @DisplayName("the grant deletes TaskRegrouping calls through AuthorizationManager are the ones it was written for")
  void escalationGrantDeletes() {
    String mapping = resource(AUTHORIZATION_MAPPING);
    String used = String.join("\n", element(mapping, "delete", "deleteAuthorizationsForResourceIdAndUserId"),
        element(mapping, "delete", "deleteAuthorizationsForResourceIdAndGroupId"));
    assertThat(sha256(used))
        .as("Camunda changed the grant deletes TaskRegrouping uses: check that an escalated complaint task still "
            + "leaves the previous group's and assignee's Tasklist (ComplaintProcessTest), then update this fingerprint")
        .isEqualTo("063c50ad96e5cd1d5a5affaa880d6f14b2646ba62bdf0ff88247a7dffce76852");
  }

  @Test
  @DisplayName("the task mapping still reads the query properties QueryPropertyAccessor serves, by methods without getters")
  void queryPropertiesWithoutGetters() {
    String mapping = resource(TASK_MAPPING);
    for (String property : List.of("isOrQueryActive", "isWithoutTenantId")) {
      assertThat(mapping).as("Task.xml reads query.%s (else QueryPropertyAccessor has nothing to do)", property)
          .contains("." + property);
      assertThat(QueryPropertyAccessor.namedMethod(TaskQueryImpl.class, property))
          .as("TaskQueryImpl.%s() is a public method without getter, as QueryPropertyAccessor expects", property)
          .isPresent();
    }
  }

  @Test
  @DisplayName("the command fields the plugins read by reflection exist with the types they expect")
  void commandFieldsReadByReflection() {
    assertField(CompleteTaskCmd.class, "taskId", String.class);
    assertField(SubmitTaskFormCmd.class, "taskId", String.class);
    assertField(CompleteTaskCmd.class, "variables", java.util.Map.class);
    assertField(SubmitTaskFormCmd.class, "properties", org.camunda.bpm.engine.variable.VariableMap.class);
    assertField(AbstractSetVariableCmd.class, "entityId", String.class);
    assertField(AbstractSetVariableCmd.class, "variables", java.util.Map.class);
    assertField(AbstractPatchVariablesCmd.class, "entityId", String.class);
    assertField(AddCommentCmd.class, "taskId", String.class);
    assertField(AddCommentCmd.class, "processInstanceId", String.class);
    assertField(CreateAttachmentCmd.class, "taskId", String.class);
    assertField(CreateAttachmentCmd.class, "processInstanceId", String.class);
    assertField(DeleteAttachmentCmd.class, "attachmentId", String.class);
    assertField(SaveAttachmentCmd.class, "attachment", org.camunda.bpm.engine.task.Attachment.class);
    assertField(GetTaskCommentsCmd.class, "taskId", String.class);
    assertField(GetProcessInstanceCommentsCmd.class, "processInstanceId", String.class);
  }

  @Test
  @DisplayName("the services whose commands the security plugins sort have the methods they were written for")
  void guardedServices() {
    assertThat(sha256(methods(ManagementService.class)))
        .as("ManagementService changed: check that security.OperatorCommandsPlugin knows every job, batch and "
            + "incident command, then update this fingerprint")
        .isEqualTo("e401cbeff35550f2b9f3783ab7602430874529524d9b2c968f84f3bff404d475");
    assertThat(sha256(methods(TaskService.class)))
        .as("TaskService changed: check the comment and attachment commands in security.TaskCommentsPlugin, "
            + "then update this fingerprint")
        .isEqualTo("25ea32bca3aebfb707ed08cce79648d5805b1e29d10378798f4d4f49c2cb1644");
    assertThat(sha256(methods(AuthorizationService.class)))
        .as("AuthorizationService changed: check security.IdentityGuardPlugin's commands, then update this fingerprint")
        .isEqualTo("a31ba7a931dcd36fa0a33a1023652cb6f047c5a943878065c5c7b44b59a0c562");
  }

  private static void assertField(Class<?> type, String name, Class<?> expected) {
    Field field = null;
    for (Class<?> c = type; c != null && field == null; c = c.getSuperclass()) {
      field = Arrays.stream(c.getDeclaredFields()).filter(f -> f.getName().equals(name)).findFirst().orElse(null);
    }
    assertThat(field).as("%s.%s, read by reflection", type.getSimpleName(), name).isNotNull();
    assertThat(expected.isAssignableFrom(field.getType()))
        .as("%s.%s is a %s", type.getSimpleName(), name, expected.getSimpleName()).isTrue();
  }

  /** The public methods of a service, one signature a line, sorted. */
  private static String methods(Class<?> type) {
    return Arrays.stream(type.getMethods()).map(EngineInternalsFingerprintTest::signature).sorted()
        .collect(Collectors.joining("\n"));
  }

  private static String signature(Method m) {
    return m.getReturnType().getName() + " " + m.getName() + Arrays.stream(m.getParameterTypes()).map(Class::getName)
        .collect(Collectors.joining(",", "(", ")"));
  }

  /** The text of {@code <tag id="id">...</tag>} in a mapping, whitespace collapsed. */
  private static String element(String mapping, String tag, String id) {
    Matcher m = Pattern.compile("<" + tag + " id=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</" + tag + ">", Pattern.DOTALL)
        .matcher(mapping);
    assertThat(m.find()).as("<%s id=\"%s\"> in the mapping", tag, id).isTrue();
    return m.group(1).replaceAll("\\s+", " ").trim();
  }

  private static String resource(String path) {
    try (InputStream in = EngineInternalsFingerprintTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(path, e);
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
