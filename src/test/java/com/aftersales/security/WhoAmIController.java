package com.aftersales.security;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Test-only endpoint under /api that echoes the staff user the filter put into the request. */
@RestController
class WhoAmIController {

  @GetMapping("/api/test/whoami")
  StaffUser whoAmI() {
    return StaffUser.current().orElseThrow();
  }

  @PostMapping("/api/test/whoami")
  StaffUser whoAmIByPost() {
    return StaffUser.current().orElseThrow();
  }
}
