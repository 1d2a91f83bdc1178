package com.aftersales.security;

import java.util.List;
import java.util.Optional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The staff member behind the current request to the application's own API (/api/**), put there by
 * the API authentication filter after checking the credentials against Camunda's identity service.
 * Engine calls made by the application run without engine authentication; the application decides
 * who may call what with these groups.
 */
public record StaffUser(String id, List<String> groups) {

  public static final String REQUEST_ATTRIBUTE = StaffUser.class.getName();

  public boolean memberOf(String group) {
    return groups.contains(group);
  }

  /** The user of the current HTTP request, if the request was authenticated. */
  public static Optional<StaffUser> current() {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    if (attributes == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        (StaffUser) attributes.getAttribute(REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
  }
}
