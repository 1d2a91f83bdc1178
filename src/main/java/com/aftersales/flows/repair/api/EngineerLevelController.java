package com.aftersales.flows.repair.api;

import com.aftersales.flows.repair.EngineerLevels;
import com.aftersales.security.StaffAccess;
import com.aftersales.security.StaffGroups;
import com.aftersales.security.StaffUser;
import com.aftersales.web.FieldError;
import com.aftersales.web.InvalidRequestException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The engineers' levels that labour-rate.dmn prices labour by (rulebook 003 九.1): service managers keep them,
 * {@code GET /api/engineer-levels} lists every engineer with the level recorded (null when none; such an engineer is
 * priced at the configured default level), {@code PUT /api/engineer-levels/{userId}} with {@code {"level": "senior"}}
 * records one ({@code junior}, {@code intermediate} or {@code senior}).
 */
@RestController
@RequestMapping("/api/engineer-levels")
public class EngineerLevelController {

  static final Set<String> READERS =
      Set.of(StaffGroups.SERVICE_MANAGERS, StaffGroups.GENERAL_MANAGER, StaffGroups.ENGINEERS, StaffGroups.CAMUNDA_ADMIN);
  static final Set<String> KEEPERS = Set.of(StaffGroups.SERVICE_MANAGERS, StaffGroups.CAMUNDA_ADMIN);

  private final EngineerLevels levels;

  public EngineerLevelController(EngineerLevels levels) {
    this.levels = levels;
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  public List<EngineerLevels.Entry> list() {
    StaffAccess.require(READERS, "The engineers' levels");
    return levels.engineers();
  }

  @PutMapping(path = "/{userId}", produces = MediaType.APPLICATION_JSON_VALUE)
  public EngineerLevels.Entry set(@PathVariable String userId, @RequestBody(required = false) JsonNode body) {
    StaffUser user = StaffAccess.require(KEEPERS, "Recording an engineer's level");
    List<FieldError> errors = new ArrayList<>();
    if (body == null || !body.isObject()) {
      errors.add(new FieldError("", "the request body must be a JSON object such as {\"level\": \"senior\"}"));
      throw new InvalidRequestException(errors);
    }
    body.fieldNames().forEachRemaining(name -> {
      if (!"level".equals(name)) {
        errors.add(new FieldError(name, "is not a field here; use [level]"));
      }
    });
    JsonNode level = body.get("level");
    if (level == null || !level.isTextual() || level.asText().isBlank()) {
      errors.add(new FieldError("level", "is required: junior, intermediate or senior"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    try {
      return levels.set(userId, level.asText(), user.id());
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(List.of(new FieldError("level", e.getMessage())));
    }
  }

  @ExceptionHandler(NoSuchElementException.class)
  ResponseEntity<ProblemDetail> unknownEngineer(NoSuchElementException e) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
    problem.setTitle("No such engineer");
    problem.setDetail(e.getMessage() + ": the level is kept for members of the engineers group only");
    return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
