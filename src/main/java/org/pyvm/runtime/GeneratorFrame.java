package org.pyvm.runtime;

/**
 * The interpreter's side of a generator: a suspended frame that can be resumed. The
 * runtime's {@link PyGenerator} drives it; the interpreter implements it.
 */
public interface GeneratorFrame {

    /**
     * Resumes the frame, sending SENT (or raising THROWN at the paused yield). Returns the
     * next yielded value, or null when the frame returned (then see {@link #returnValue}).
     * Exceptions the frame does not handle propagate.
     */
    PyObject resume(PyObject sent, PyBaseException thrown);

    /**
     * As {@link #resume(PyObject, PyBaseException)}; with CLOSEONGENEXIT false a thrown
     * GeneratorExit goes into a delegate (yield from / await) through its throw(), not its
     * close(), as CPython's _gen_throw(close_on_genexit=0) for an async generator's
     * athrow()/aclose().
     */
    default PyObject resume(PyObject sent, PyBaseException thrown, boolean closeOnGenExit) {
        return resume(sent, thrown);
    }

    /** What the frame returned, once resume returned null. */
    PyObject returnValue();

    /** The frame, for gi_frame and tracebacks. */
    PyFrame frame();

    /** The iterator a paused yield from / await delegates to, or null (gi_yieldfrom, cr_await). */
    PyObject delegate();

    /** Whether the frame has started (executed past its first instruction). */
    boolean started();

    /**
     * Whether closing the suspended frame would run code of its own (a try/with handler
     * covers the paused yield): then it is closed once unreachable ({@link GenFinalizer}).
     */
    default boolean closeOnCollect() {
        return false;
    }
}
