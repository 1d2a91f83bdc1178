package com.aftersales.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.util.EnsureUtil;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.spin.SpinRuntimeException;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * Client errors on the engine's REST API (/engine-rest) answered 400 instead of Camunda's 500. Camunda maps every
 * exception it does not know to 500, and several that are the request's fault reach it that way: a POST without a
 * JSON body (the resource dereferences the missing DTO), the engine's own input checks ({@link NullValueException},
 * {@link NotValidException}, also wrapped in a {@link RestException} with status 500 as task completion does),
 * JSON the mapper could not bind, a variable no serializer takes or whose data format is not installed (Spin),
 * and the engine error codes below. A claim of a task someone else has just claimed, and a change that lost an
 * optimistic lock to another transaction, are 409 Conflict. Everything else keeps Camunda's status; the answer keeps
 * Camunda's JSON shape ({@code type}, {@code message}, {@code code}), which Tasklist, Cockpit and the Modeler read.
 */
@Component
public class EngineClientErrors implements ResourceConfigCustomizer {

  /**
   * Engine errors (by their ENGINE-nnnnn code) that describe the request, not the server: 13043 a condition
   * evaluation (POST /condition) that matched no conditional start event, whatever variables it carried.
   */
  static final List<String> CLIENT_ERROR_CODES = List.of("ENGINE-13043");

  /** The mappers, for /engine-rest (this customizer) and the webapps' copy of the API ({@link WebappEngineApiProviders}). */
  static final List<Class<?>> MAPPERS = List.of(AnyException.class, EngineException.class, WrappedException.class);

  @Override
  public void customize(ResourceConfig config) {
    MAPPERS.forEach(config::register);
  }

  /** Camunda's answer for the exception, with 400 where the exception is the client's fault. */
  static Response toResponse(Throwable exception) {
    Response camunda = ExceptionHandlerHelper.getInstance().getResponse(exception);
    if (camunda.getStatus() != Response.Status.INTERNAL_SERVER_ERROR.getStatusCode()) {
      return camunda;
    }
    // Some resources (decision definitions, among others) wrap a refused permission into a 500 RestException:
    // the caller gets Camunda's own 403 answer for the refusal.
    for (Throwable cause = exception.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
      if (cause instanceof AuthorizationException refused) {
        return ExceptionHandlerHelper.getInstance().getResponse(refused);
      }
    }
    if (lostARace(exception)) {
      // two people claimed the same task, or changed it at once: the second is told someone was quicker (409)
      return Response.status(Response.Status.CONFLICT)
          .entity(ExceptionHandlerHelper.getInstance().fromException(exception))
          .type(MediaType.APPLICATION_JSON_TYPE)
          .build();
    }
    if (!clientsFault(exception)) {
      return camunda;
    }
    return Response.status(Response.Status.BAD_REQUEST)
        .entity(ExceptionHandlerHelper.getInstance().fromException(exception))
        .type(MediaType.APPLICATION_JSON_TYPE)
        .build();
  }

  static boolean clientsFault(Throwable exception) {
    if (exception instanceof NullPointerException && raisedByTheRestLayer(exception)) {
      return true; // a POST without a body: the resource read a null DTO
    }
    for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (raisedByAnInputCheck(cause)) {
        return true;
      }
      if (cause instanceof NullValueException || cause instanceof NotValidException
          || cause instanceof BadUserRequestException || cause instanceof JsonProcessingException
          || cause instanceof SpinRuntimeException) {
        return true;
      }
      String message = cause.getMessage();
      if (cause instanceof ProcessEngineException && message != null
          && CLIENT_ERROR_CODES.stream().anyMatch(message::startsWith)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A claim of a task someone else has claimed meanwhile, or any change that lost to another transaction changing the
   * same rows at the same moment (two claims at once: an optimistic lock): Camunda answers 500, the request is in
   * conflict with what happened meanwhile.
   */
  static boolean lostARace(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof TaskAlreadyClaimedException || cause instanceof OptimisticLockingException) {
        return true;
      }
    }
    return false;
  }

  /**
   * The engine checks a command's input with {@link EnsureUtil}; what it throws there (a plain ProcessEngineException
   * for "x is empty", or a NullPointerException when the id to check is missing altogether, as an update of a group
   * without id does) describes the request.
   */
  static boolean raisedByAnInputCheck(Throwable exception) {
    StackTraceElement[] trace = exception.getStackTrace();
    for (int i = 0; i < Math.min(trace.length, INPUT_CHECK_DEPTH); i++) {
      if (trace[i].getClassName().equals(EnsureUtil.class.getName())) {
        return true;
      }
    }
    return false;
  }

  /** How deep below the throw an EnsureUtil frame may sit (reflection and regex frames lie in between). */
  private static final int INPUT_CHECK_DEPTH = 8;

  private static boolean raisedByTheRestLayer(Throwable exception) {
    StackTraceElement[] trace = exception.getStackTrace();
    return trace.length > 0 && trace[0].getClassName().startsWith("org.camunda.bpm.engine.rest.");
  }

  /** Chosen over Camunda's mapper of the same type by its higher priority (a lower number). */
  @Provider
  @Priority(1)
  public static final class AnyException implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable exception) {
      return EngineClientErrors.toResponse(exception);
    }
  }

  @Provider
  @Priority(1)
  public static final class EngineException implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException exception) {
      return EngineClientErrors.toResponse(exception);
    }
  }

  @Provider
  @Priority(1)
  public static final class WrappedException implements ExceptionMapper<RestException> {
    @Override
    public Response toResponse(RestException exception) {
      return EngineClientErrors.toResponse(exception);
    }
  }
}
