package com.aftersales.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class StaffChoicesTest {

  @Autowired StaffChoices choices;
  @Autowired IdentityService identityService;

  @Test
  @DisplayName("issue 23: the dispatcher picks an engineer of the engineers group by name, not by typing a user id")
  void engineersAreOfferedByNameWithTheirId() throws Exception {
    JsonNode options = new ObjectMapper().readTree(choices.membersOf("engineers").getValue().toString());

    assertThat(options).extracting(o -> o.path("value").asText()).contains("eric", "emma")
        .doesNotContain("mary", "sam");
    assertThat(options).extracting(o -> o.path("label").asText()).contains("Eric Zhang (eric)", "Emma Li (emma)");
    for (JsonNode option : options) {
      assertThat(identityService.createUserQuery().userId(option.path("value").asText()).memberOfGroup("engineers")
          .count()).isEqualTo(1);
    }
  }

  @Test
  @DisplayName("a Chinese name reads family name first without a space; a person without a name by the id")
  void labelsFollowTheNamesScript() {
    assertThat(StaffChoices.label(user("zhangw", "伟", "张"))).isEqualTo("张伟 (zhangw)");
    assertThat(StaffChoices.label(user("eric", "Eric", "Zhang"))).isEqualTo("Eric Zhang (eric)");
    assertThat(StaffChoices.label(user("nobody", null, " "))).isEqualTo("nobody");
  }

  private static User user(String id, String first, String last) {
    UserEntity user = new UserEntity(id);
    user.setFirstName(first);
    user.setLastName(last);
    return user;
  }
}
