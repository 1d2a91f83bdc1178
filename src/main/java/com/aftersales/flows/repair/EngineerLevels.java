package com.aftersales.flows.repair;

import com.aftersales.flows.repair.RepairProcess.EngineerLevel;
import com.aftersales.security.StaffGroups;
import com.aftersales.variables.Variable;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engineers' levels (初级, 中级, 高级) that labour-rate.dmn prices a repair's labour by (rulebook 003 九.1). The
 * service managers keep them; an engineer without a recorded level is priced at
 * {@link LabourProperties#defaultLevel()}.
 */
@Service
public class EngineerLevels {

  /** An engineer and the level recorded for them (null when none was). */
  public record Entry(String userId, String name, String level, String updatedBy, java.time.OffsetDateTime updatedAt) {}

  private final EngineerLevelRepository repository;
  private final LabourProperties properties;
  private final IdentityService identityService;

  public EngineerLevels(EngineerLevelRepository repository, LabourProperties properties,
      @Lazy IdentityService identityService) {
    this.repository = repository;
    this.properties = properties;
    this.identityService = identityService;
  }

  /** The level recorded for {@code userId}, empty when no manager recorded one. */
  public Optional<EngineerLevel> recorded(String userId) {
    if (userId == null || userId.isBlank()) {
      return Optional.empty();
    }
    return repository.find(userId.trim())
        .map(r -> Variable.codeOf(RepairProcess.Vars.ENGINEER_LEVEL, EngineerLevel.class, r.level()));
  }

  /** The level the labour of {@code userId}'s repair is priced at: the recorded one, else the configured default. */
  public EngineerLevel pricedLevel(String userId) {
    return recorded(userId).orElseGet(properties::defaultLevel);
  }

  /** Every member of the engineers group with their recorded level. */
  public List<Entry> engineers() {
    return identityService.createUserQuery().memberOfGroup(StaffGroups.ENGINEERS).orderByUserId().asc().list().stream()
        .map(u -> {
          Optional<EngineerLevelRepository.Row> row = repository.find(u.getId());
          return new Entry(u.getId(), name(u), row.map(EngineerLevelRepository.Row::level).orElse(null),
              row.map(EngineerLevelRepository.Row::updatedBy).orElse(null),
              row.map(EngineerLevelRepository.Row::updatedAt).orElse(null));
        }).toList();
  }

  /**
   * Records the level of an engineer.
   *
   * @throws IllegalArgumentException starting with {@code level} for a level that is not one of the codes
   * @throws java.util.NoSuchElementException when {@code userId} is no member of the engineers group
   */
  @Transactional
  public Entry set(String userId, String level, String by) {
    EngineerLevel parsed = Variable.codeOf("level", EngineerLevel.class, level == null ? "" : level.trim());
    User user = identityService.createUserQuery().userId(userId).memberOfGroup(StaffGroups.ENGINEERS).singleResult();
    if (user == null) {
      throw new java.util.NoSuchElementException("No engineer " + userId);
    }
    repository.save(user.getId(), parsed.code(), by, org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant());
    EngineerLevelRepository.Row row = repository.find(user.getId()).orElseThrow();
    return new Entry(user.getId(), name(user), row.level(), row.updatedBy(), row.updatedAt());
  }

  private static String name(User u) {
    String name = ((u.getFirstName() == null ? "" : u.getFirstName()) + " "
        + (u.getLastName() == null ? "" : u.getLastName())).trim();
    return name.isEmpty() ? u.getId() : name;
  }
}
