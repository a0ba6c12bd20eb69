package io.github.hls4j.validation;

import com.google.common.collect.ImmutableList;
import java.util.Map;

/** Plain {@code {name}} substitution; a name with no argument is left as written. */
final class MessageTemplate {

  private MessageTemplate() {}

  /** Returns the names a template's {@code {name}}s give, in order, each once. */
  static ImmutableList<String> names(String template) {
    ImmutableList.Builder<String> names = ImmutableList.builder();
    java.util.Set<String> seen = new java.util.HashSet<>();
    int open = template.indexOf('{');
    while (open >= 0) {
      int close = template.indexOf('}', open + 1);
      if (close < 0) {
        break;
      }
      String name = template.substring(open + 1, close);
      if (seen.add(name)) {
        names.add(name);
      }
      open = template.indexOf('{', close + 1);
    }
    return names.build();
  }

  static String format(String template, Map<String, String> arguments) {
    int open = template.indexOf('{');
    if (open < 0 || arguments.isEmpty()) {
      return template;
    }
    StringBuilder out = new StringBuilder(template.length() + 32);
    int from = 0;
    while (open >= 0) {
      int close = template.indexOf('}', open + 1);
      if (close < 0) {
        break;
      }
      String value = arguments.get(template.substring(open + 1, close));
      if (value == null) {
        out.append(template, from, close + 1);
      } else {
        out.append(template, from, open).append(value);
      }
      from = close + 1;
      open = template.indexOf('{', from);
    }
    return out.append(template, from, template.length()).toString();
  }
}
