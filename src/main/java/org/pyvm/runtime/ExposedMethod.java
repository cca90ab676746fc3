package org.pyvm.runtime;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Java method as a Python method of the builtin type (or builtin module) whose
 * class declares it. {@link PyType} reads these when it builds the type's dictionary, so
 * a method is declared once, beside its Java code. Accepted shapes (static or instance):
 * <ul>
 * <li>{@code R name(Self self, PyObject a, PyObject b)}: fixed arity (up to 4 after
 *     self); with {@link #min()} the trailing arguments may be missing (passed as null);
 * <li>{@code R name(Self self, PyObject[] args, String[] kwnames)}: the general form,
 *     {@code args} holding positional values then keyword values (vectorcall layout).
 * </ul>
 * Module functions have no self. {@code R} is a PyObject, {@code boolean}, {@code long},
 * {@code int}, {@code String} or {@code void} (None); Java values are converted once by a
 * method-handle filter.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ExposedMethod {

    /** The Python name; the Java name when empty. */
    String name() default "";

    /** Fewest arguments after self for a fixed-arity method; -1: all are required. */
    int min() default -1;

    /** A class method: the first parameter receives the type ({@code dict.fromkeys}). */
    boolean classMethod() default false;

    /** Names of the parameters after self, for keyword calls and messages. */
    String[] names() default {};

    /**
     * Wrong argument counts are worded as CPython's PyArg_ParseTuple words them ("find() takes
     * at most 3 arguments (4 given)") rather than as argument clinic does.
     */
    boolean parseTuple() default false;
}
