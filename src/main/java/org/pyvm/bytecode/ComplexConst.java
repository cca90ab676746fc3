package org.pyvm.bytecode;

/** A Python {@code complex} constant (see {@link Constant} for the whole mapping). Equality is bitwise per part, as for {@link Double#equals}. */
public record ComplexConst(double real, double imag) {}
