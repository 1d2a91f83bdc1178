package com.aftersales.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;

/**
 * Answers "may this user do this?" with a statement whose text is built once per shape (number of checks and of
 * groups) instead of once per call.
 *
 * <p>Camunda's {@code isUserAuthorizedForResource} mapping assembles its SQL with MyBatis for every call: nested
 * CASEs over user, group and global grants per permission check, each {@code <if>} evaluated with OGNL and each
 * group list expanded with a regular expression per item. The task-work check behind every claim and completion
 * (four permission checks) spent 13 % of the REST threads' CPU there, against 1.8 % running the statement
 * (docs/performance.md, "Where the time went (session 6)").
 *
 * <p>Same answer as Camunda's statement when revoke checks are off ({@code authorization-check-revokes: never}):
 * every branch of its CASE then yields 1 or nothing, so a check holds when any grant exists, for the user, one of
 * the groups, or everybody ({@code TYPE_ 0}, user {@code *}), on the resource id or on {@code *}, with all the
 * asked permission bits. A disjunctive composite holds when one of its checks does. Shapes Camunda's statement
 * handles differently (revokes, composites of composites, conjunctions, query parameters instead of resource ids,
 * a "not found" value) are left to Camunda ({@link #supports}). {@code AuthorizationTuningTest} compares both
 * answers over random grants on H2 and PostgreSQL.
 */
final class StaticAuthorizationCheck {

  private final String bitAnd1;
  private final String bitAnd2;
  private final String bitAnd3;
  private final String table;
  private final Map<Long, String> statements = new ConcurrentHashMap<>();

  private StaticAuthorizationCheck(String databaseType, String tablePrefix) {
    this.bitAnd1 = DbSqlSessionFactory.databaseSpecificBitAnd1.get(databaseType);
    this.bitAnd2 = DbSqlSessionFactory.databaseSpecificBitAnd2.get(databaseType);
    this.bitAnd3 = DbSqlSessionFactory.databaseSpecificBitAnd3.get(databaseType);
    this.table = (tablePrefix == null ? "" : tablePrefix) + "ACT_RU_AUTHORIZATION";
  }

  /** For the databases the application runs on and is tested with; {@code null} for others (Camunda's SQL). */
  static StaticAuthorizationCheck forDatabase(String databaseType, String tablePrefix) {
    if (DbSqlSessionFactory.H2.equals(databaseType) || DbSqlSessionFactory.POSTGRES.equals(databaseType)) {
      return new StaticAuthorizationCheck(databaseType, tablePrefix);
    }
    return null;
  }

  static boolean supports(CompositePermissionCheck composite) {
    List<PermissionCheck> atomic = composite.getAtomicChecks();
    if (composite.getCompositeChecks() != null && !composite.getCompositeChecks().isEmpty()) {
      return false;
    }
    if (atomic == null || atomic.isEmpty() || (atomic.size() > 1 && !composite.isDisjunctive())) {
      return false;
    }
    return atomic.stream().allMatch(StaticAuthorizationCheck::supports);
  }

  static boolean supports(PermissionCheck check) {
    return check.getResourceIdQueryParam() == null && check.getAuthorizationNotFoundReturnValue() == null;
  }

  /** Whether one of the checks holds for the user or one of the groups. */
  boolean isAuthorized(Connection connection, String userId, List<String> groupIds, List<PermissionCheck> checks)
      throws SQLException {
    int groups = groupIds == null ? 0 : groupIds.size();
    String sql = statements.computeIfAbsent(((long) checks.size() << 32) | groups, key -> statement(checks.size(), groups));
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      int index = 1;
      for (PermissionCheck check : checks) {
        String resourceId = check.getResourceId() == null ? "*" : check.getResourceId();
        statement.setInt(index++, check.getResourceType());
        statement.setString(index++, resourceId);
        statement.setInt(index++, check.getPerms());
        statement.setInt(index++, check.getPerms());
        statement.setString(index++, userId);
        for (int g = 0; g < groups; g++) {
          statement.setString(index++, groupIds.get(g));
        }
      }
      try (ResultSet result = statement.executeQuery()) {
        return result.next() && result.getInt(1) == 1;
      }
    }
  }

  String statement(int checks, int groups) {
    StringBuilder sql = new StringBuilder("SELECT CASE WHEN ");
    for (int c = 0; c < checks; c++) {
      if (c > 0) {
        sql.append(" OR ");
      }
      // TYPE_ 0 = global (user '*'), 1 = grant; revokes (2) are not read, as with revoke checks off
      sql.append("EXISTS (SELECT 1 FROM ").append(table).append(" A WHERE A.RESOURCE_TYPE_ = ?")
          .append(" AND A.RESOURCE_ID_ IN (?, '*')")
          .append(" AND ").append(bitAnd1).append("A.PERMS_").append(bitAnd2).append('?').append(bitAnd3).append(" = ?")
          .append(" AND ((A.TYPE_ = 0 AND A.USER_ID_ = '*') OR (A.TYPE_ = 1 AND (A.USER_ID_ = ?");
      if (groups > 0) {
        sql.append(" OR A.GROUP_ID_ IN (").append("?, ".repeat(groups - 1)).append("?)");
      }
      sql.append("))))");
    }
    return sql.append(" THEN 1 ELSE 0 END").toString();
  }
}
