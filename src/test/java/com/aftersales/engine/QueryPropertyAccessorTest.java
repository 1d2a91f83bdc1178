package com.aftersales.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.ibatis.scripting.xmltags.OgnlCache;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.junit.jupiter.api.Test;

class QueryPropertyAccessorTest {

  @Test
  void findsTheMethodNamedLikeAPropertyWithoutGetter() throws Exception {
    assertThat(QueryPropertyAccessor.namedMethod(TaskQueryImpl.class, "isOrQueryActive"))
        .contains(TaskQueryImpl.class.getMethod("isOrQueryActive"));
    assertThat(QueryPropertyAccessor.namedMethod(TaskQueryImpl.class, "isWithoutTenantId")).isPresent();
  }

  @Test
  void leavesPropertiesWithAGetterToOgnl() {
    assertThat(QueryPropertyAccessor.namedMethod(TaskQueryImpl.class, "assignee")).isEmpty();
    assertThat(QueryPropertyAccessor.namedMethod(TaskQueryImpl.class, "candidateGroups")).isEmpty();
    assertThat(QueryPropertyAccessor.namedMethod(TaskQueryImpl.class, "noSuchProperty")).isEmpty();
  }

  @Test
  void theMappingsReadTheSameValuesThroughTheAccessor() {
    QueryPropertyAccessor.register();
    TaskQueryImpl query = new TaskQueryImpl();
    query.taskCandidateGroup("customer-service").taskAssignee("mary").withoutTenantId();
    Map<String, Object> context = Map.of("query", query);

    assertThat(OgnlCache.getValue("query.isOrQueryActive", context)).isEqualTo(false);
    assertThat(OgnlCache.getValue("query.isWithoutTenantId", context)).isEqualTo(true);
    assertThat(OgnlCache.getValue("query.assignee", context)).isEqualTo("mary");
    assertThat(OgnlCache.getValue("query.candidateGroup", context)).isEqualTo("customer-service");
    assertThat(OgnlCache.getValue("query.isOrQueryActive == false && query.candidateGroups.size > 0", context))
        .isEqualTo(true);
  }
}
