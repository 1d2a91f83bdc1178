package com.aftersales.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The forms (ids under forms/) a browser test completes in Tasklist, per language of the browser. It is checked
 * both ways: {@link FormsCompleted} fails the test when Tasklist completed a form in a language the annotation does
 * not name, or when a named form was not completed; {@code FormsCompletedInBothLanguagesTest} reads the annotations
 * and requires every form in forms/ completed by some test in a Chinese (zh-CN) and in an English browser.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface CompletesForms {

  /** Forms completed in a Chinese (zh-CN) browser. */
  String[] zh() default {};

  /** Forms completed in an English (en-US) browser. */
  String[] en() default {};
}
