package com.aftersales.security.deployment;

import java.util.Locale;

/** What a deployment may contain, by file name (the engine's own choice of deployer goes by the name too). */
enum ResourceKind {
  BPMN(".bpmn", ".bpmn20.xml"),
  DMN(".dmn", ".dmn11.xml"),
  FORM(".form"),
  /** Pictures of a diagram (SVG is refused: it can carry script into the browser). */
  DIAGRAM_IMAGE(".png", ".jpg", ".jpeg", ".gif"),
  CMMN(".cmmn", ".cmmn10.xml", ".cmmn11.xml"),
  OTHER;

  private final String[] suffixes;

  ResourceKind(String... suffixes) {
    this.suffixes = suffixes;
  }

  static ResourceKind of(String resourceName) {
    String name = resourceName == null ? "" : resourceName.toLowerCase(Locale.ROOT);
    for (ResourceKind kind : values()) {
      for (String suffix : kind.suffixes) {
        if (name.endsWith(suffix)) {
          return kind;
        }
      }
    }
    return OTHER;
  }
}
