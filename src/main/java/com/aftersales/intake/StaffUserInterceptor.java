package com.aftersales.intake;

import com.aftersales.security.StaffUserRequiredException;
import com.aftersales.security.StaffUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses /api handlers to requests without a staff user before the body is read, so an anonymous
 * caller gets 401 rather than a validation answer. The controllers check again.
 */
@Configuration
public class StaffUserInterceptor implements HandlerInterceptor, WebMvcConfigurer {

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (StaffUser.current().isEmpty()) {
      throw new StaffUserRequiredException();
    }
    return true;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    // /api/customer/**: the customer's own pages (selfservice), open without a staff login
    registry.addInterceptor(this).addPathPatterns("/api/**").excludePathPatterns("/api/customer/**");
  }
}
