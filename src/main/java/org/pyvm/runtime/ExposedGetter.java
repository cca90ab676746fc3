package org.pyvm.runtime;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Java method {@code PyObject name(Self self)} as a read-only attribute (a
 * getset descriptor) of the builtin type that declares it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ExposedGetter {

    /** The Python name; the Java name when empty. */
    String name() default "";
}
