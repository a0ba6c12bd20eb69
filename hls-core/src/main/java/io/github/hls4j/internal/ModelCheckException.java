package io.github.hls4j.internal;

import io.github.hls4j.validation.Reason;

/**
 * A value a model's construction checks refuse, naming the type and the attribute as data as well
 * as in its message ({@code Type.attribute (value) must …}), so that a reader, such as the JSON
 * form's, can place the error at the attribute without reading the message.
 */
public final class ModelCheckException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String type;
  private final String attribute;
  private final Reason reason;

  /**
   * Creates the exception.
   *
   * @param type the simple name of the model type
   * @param attribute the attribute whose value is refused
   * @param reason why, whose English sentence, of the shape {@code Type.attribute (value) must …},
   *     is the message
   */
  public ModelCheckException(String type, String attribute, Reason reason) {
    super(reason.english());
    this.type = type;
    this.attribute = attribute;
    this.reason = reason;
  }

  /**
   * Returns why the value is refused, as a message key and named arguments.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
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
