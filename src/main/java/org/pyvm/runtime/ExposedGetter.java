package org.pyvm.runtime;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Java method {@code PyObject name(Self self)} as a read-only attribute (a
 * getset descriptor) of the builtin type that declares it, writable when it names a setter.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ExposedGetter {

    /** The Python name; the Java name when empty. */
    String name() default "";

    /**
     * The name of a static method {@code void m(Self self, PyObject value)} of the same class
     * that sets the attribute (VALUE null: deletes it); empty for a read-only attribute.
     */
    String setter() default "";

    /** Whether CPython declares it a read-only member (T_OBJECT, READONLY): setting it says "readonly attribute". */
    boolean member() default false;
}
