package io.github.hls4j.internal;

import java.util.Map;

/**
 * A value a model's construction checks refuse, naming the type and the attribute as data as well
 * as in its message ({@code Type.attribute (value) must …}), so that a reader, such as the JSON
 * form's, can place the error at the attribute without reading the message.
 */
public final class ModelCheckException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String type;
  private final String attribute;
  private final String key;
  private final Map<String, String> arguments;

  /**
   * Creates the exception.
   *
   * @param type the simple name of the model type
   * @param attribute the attribute whose value is refused
   * @param key the message key of the refusal in {@code problems.properties}, such as {@code
   *     model/not-blank}
   * @param arguments the refusal's named arguments, among them {@code type}, {@code attribute} and
   *     {@code value}; copied
   * @param message the English message, of the shape {@code Type.attribute (value) must …}
   */
  public ModelCheckException(
      String type, String attribute, String key, Map<String, String> arguments, String message) {
    super(message);
    this.type = type;
    this.attribute = attribute;
    this.key = key;
    this.arguments =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(arguments));
  }

  /**
   * Returns the message key of the refusal, such as {@code model/not-blank}.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * Returns the named arguments of the refusal, in order.
   *
   * @return the arguments by name
   */
  public Map<String, String> arguments() {
    return arguments;
  }

  /**
   * Returns the simple name of the model type.
   *
   * @return the type's name
   */
  public String type() {
    return type;
  }

  /**
   * Returns the attribute whose value is refused.
   *
   * @return the attribute's name
   */
  public String attribute() {
    return attribute;
  }
}
