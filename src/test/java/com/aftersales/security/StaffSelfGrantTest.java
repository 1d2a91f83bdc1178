package com.aftersales.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Nobody on the staff can grant themselves anything: of the identity resources, staff hold only what Camunda gives
 * every new user, ALL on their own USER resource (profile and password), and nothing on AUTHORIZATION,
 * GROUP_MEMBERSHIP, GROUP, TENANT or other users.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StaffSelfGrantTest {

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;

  @Test
  void aStaffMemberCannotAddThemselvesToAGroup() {
    for (String group : List.of("camunda-admin", "service-managers", "customer-service")) {
      assertThat(call("mary", HttpMethod.PUT, "/engine-rest/group/" + group + "/members/mary", null).getStatusCode())
          .as(group).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(identityService.createGroupQuery().groupMember("mary").list())
        .extracting(g -> g.getId()).containsExactly("customer-service");
  }

  @Test
  void aStaffMemberCannotCreateAnAuthorizationOrAGroupOrAUser() {
    long authorizations = authorizationService.createAuthorizationQuery().count();
    ResponseEntity<String> grant = call("mary", HttpMethod.POST, "/engine-rest/authorization/create", Map.of(
        "type", 1, "permissions", List.of("ALL"), "userId", "mary", "resourceType", 4, "resourceId", "*"));
    assertThat(grant.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call("mary", HttpMethod.POST, "/engine-rest/group/create",
        Map.of("id", "marys-friends", "name", "Mary's friends")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call("mary", HttpMethod.POST, "/engine-rest/user/create",
        Map.of("profile", Map.of("id", "marys-helper"), "credentials", Map.of("password", "helper-password")))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call("mary", HttpMethod.POST, "/engine-rest/tenant/create", Map.of("id", "marys", "name", "Mary's"))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
    assertThat(identityService.createGroupQuery().groupId("marys-friends").count()).isZero();
    assertThat(identityService.createUserQuery().userId("marys-helper").count()).isZero();
  }

  @Test
  void aStaffMemberCannotChangeAnotherUser() {
    // 404: the REST API first looks the user up, and mary may not even read sam
    ResponseEntity<String> profile = call("mary", HttpMethod.PUT, "/engine-rest/user/sam/profile",
        Map.of("id", "sam", "firstName", "Sam", "lastName", "Liu", "email", "mary@aftersales.example"));
    assertThat(profile.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    ResponseEntity<String> password = call("mary", HttpMethod.PUT, "/engine-rest/user/sam/credentials",
        Map.of("password", "taken-over-by-mary", "authenticatedUserPassword", "mary"));
    assertThat(password.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(call("mary", HttpMethod.DELETE, "/engine-rest/user/sam", null).getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);

    assertThat(identityService.createUserQuery().userId("sam").singleResult().getEmail())
        .isEqualTo("sam@aftersales.example");
    assertThat(identityService.checkPassword("sam", "sam")).isTrue();
  }

  @Test
  void aStaffMemberCannotDeleteTheirOwnAccountThoughCamundaGrantsThemAllOnIt() {
    assertThat(call("paul", HttpMethod.DELETE, "/engine-rest/user/paul", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(identityService.createUserQuery().userId("paul").count()).isEqualTo(1);
    assertThat(identityService.createUserQuery().userId("paul").memberOfGroup("planning").count()).isEqualTo(1);
  }

  @Test
  void staffHoldNoIdentityGrantsBeyondTheirOwnUser() {
    List<String> staff = StaffInitializer.DEMO_USERS.stream().map(StaffInitializer.DemoUser::id)
        .filter(id -> !id.equals("admin")).toList();
    for (String user : staff) {
      List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream()
          .map(g -> g.getId()).toList();
      for (Resources resource : List.of(Resources.AUTHORIZATION, Resources.GROUP_MEMBERSHIP, Resources.GROUP,
          Resources.TENANT, Resources.TENANT_MEMBERSHIP)) {
        assertThat(authorizationService.isUserAuthorized(user, groups, Permissions.CREATE, resource))
            .as(user + " CREATE " + resource).isFalse();
        assertThat(authorizationService.isUserAuthorized(user, groups, Permissions.DELETE, resource, "*"))
            .as(user + " DELETE " + resource).isFalse();
      }
      for (Resources resource : List.of(Resources.AUTHORIZATION, Resources.GROUP, Resources.TENANT)) {
        assertThat(authorizationService.isUserAuthorized(user, groups, Permissions.UPDATE, resource, "*"))
            .as(user + " UPDATE " + resource).isFalse();
      }
      assertThat(authorizationService.isUserAuthorized(user, groups, Permissions.CREATE, Resources.USER))
          .as(user + " CREATE USER").isFalse();
      assertThat(authorizationService.isUserAuthorized(user, groups, Permissions.UPDATE, Resources.USER, "admin"))
          .as(user + " UPDATE admin").isFalse();
      // what Camunda grants every new user: their own profile and password. Other user grants the engine makes
      // as people work (a claimed task, a filter of their own) are no identity grants.
      List<Authorization> own = authorizationService.createAuthorizationQuery().userIdIn(user).list().stream()
          .filter(a -> IDENTITY_RESOURCES.contains(a.getResourceType())).toList();
      assertThat(own).allSatisfy(a -> {
        assertThat(a.getResourceType()).isEqualTo(Resources.USER.resourceType());
        assertThat(a.getResourceId()).isEqualTo(user);
      });
    }
  }

  /** Resource types whose grants decide who is who and who may do what. */
  static final java.util.Set<Integer> IDENTITY_RESOURCES = java.util.Set.of(Resources.USER.resourceType(),
      Resources.GROUP.resourceType(), Resources.GROUP_MEMBERSHIP.resourceType(),
      Resources.AUTHORIZATION.resourceType(), Resources.TENANT.resourceType(),
      Resources.TENANT_MEMBERSHIP.resourceType(), Resources.SYSTEM.resourceType());

  private ResponseEntity<String> call(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, user).exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }
}
