package org.pyvm.interp;

import org.pyvm.runtime.PyObject;

/**
 * A code object turned into JVM bytecode by the jit layer: runs a frame from its first
 * instruction on the frame's own locals array, exactly as {@link Eval#run} would, and
 * hands the frame back to the interpreter (deoptimizes) where it cannot go on.
 */
public interface JitCode {

    /** Runs F (which Interpreter.execute has linked in) to its return value. */
    PyObject run(Frame f);
}
