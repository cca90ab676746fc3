package org.pyvm.runtime;

/**
 * Constant folding's arithmetic on numbers, for the compiler (which may not use the
 * runtime itself: the command line installs {@link #binary} as its
 * {@code Compiler.NumberFolder}). ast_opt.c: fold_binop calls PyNumber_Add and the rest,
 * so a folded constant is exactly what the operation gives when it runs; this calls the
 * same {@link Ops#binaryOp} the interpreter's BINARY_OP calls.
 */
public final class ConstantArithmetic {

    private ConstantArithmetic() {}

    /**
     * LEFT op RIGHT for two number constants (Long, BigInteger, Double, ComplexConst,
     * Boolean), NB_OP being BINARY_OP's argument; null when the operation raises (the
     * expression is then left for run time) or gives something other than a number.
     * KeyboardInterrupt goes through, as ast_opt.c: make_const lets it.
     */
    public static Object binary(int nbOp, Object left, Object right) {
        PyObject r;
        try {
            r = Ops.binaryOp(PyCode.toPython(left), PyCode.toPython(right), nbOp);
        } catch (PyBaseException e) {
            if (e.type().isSubtypeOf(PyExc.KeyboardInterrupt)) {
                throw e;
            }
            return null;
        }
        Class<?> c = r.getClass();
        if (c == PyBool.class || c == PyInt.class || c == PyFloat.class || c == PyComplex.class) {
            return MarshalValues.constants(new PyObject[] {r})[0];
        }
        return null;
    }
}
