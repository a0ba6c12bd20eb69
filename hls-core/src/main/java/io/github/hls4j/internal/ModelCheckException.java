package io.github.hls4j.internal;

/**
 * A value a model's construction checks refuse, naming the type and the attribute as data as well
 * as in its message ({@code Type.attribute (value) must …}), so that a reader, such as the JSON
 * form's, can place the error at the attribute without reading the message.
 */
public final class ModelCheckException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String type;
  private final String attribute;

  /**
   * Creates the exception.
   *
   * @param type the simple name of the model type
   * @param attribute the attribute whose value is refused
   * @param message the message, of the shape {@code Type.attribute (value) must …}
   */
  public ModelCheckException(String type, String attribute, String message) {
    super(message);
    this.type = type;
    this.attribute = attribute;
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
