package io.github.hls4j.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a text attribute of a model as free text: words a person writes, which may name a resident
 * or hold a personal identifier. {@link TextWalk} visits every free text of a model, the
 * personal-data rules search it and the learning digest redacts it. Every text attribute of a model
 * is either this or {@link NotFreeText}; one with neither is walked as free text, and a test fails
 * until it is marked.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface FreeText {}
