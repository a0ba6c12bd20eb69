package io.github.hls4j.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of hls4j, applied per package: generated {@code Immutable*} classes stay
 * package-private, users build through {@code X.builder()} on the abstract type, and collections
 * are unmodifiable JDK copies.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {"priority:priorities", "alignment:alignments"},
    strictBuilder = false,
    // No @org.immutables.value.Generated on generated classes: its class file is absent where
    // users compile, and javac's -Xlint:classfile would warn about its elements.
    allowedClasspathAnnotations = {Override.class})
public @interface HlsStyle {}
