package io.github.hls4j.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the model types that implement an interface of the model, such as the kinds of party, so
 * that the {@link ModelDescription} can follow a property of the interface's type into each.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Kinds {

  /**
   * The model types, in the order the JSON Schemas list them.
   *
   * @return the types
   */
  Class<?>[] value();
}
