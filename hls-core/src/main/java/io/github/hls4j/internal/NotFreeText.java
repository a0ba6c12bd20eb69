package io.github.hls4j.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a text attribute of a model as not free text, and says what it is instead: a party's own
 * name, contact details, or a code (an id, a number, a label, a link, a version). {@link TextWalk}
 * leaves it out.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface NotFreeText {

  /**
   * What the text is.
   *
   * @return the kind
   */
  Kind value();

  /** What a text that is not free text is. */
  enum Kind {
    /** A party's own name: personal when the party is a member of the public. */
    NAME,
    /** Contact details: an e-mail address or a telephone number. */
    CONTACT,
    /** An id, a number, a label, a link target or a version. */
    CODE
  }
}
