package org.pyvm.runtime;

/**
 * The builtins {@code aiter()} and {@code anext()}, and what {@code anext(it, default)}
 * returns: an awaitable that drives {@code it.__anext__()}'s awaitable and turns its
 * StopAsyncIteration into StopIteration(default). Compare CPython Python/bltinmodule.c:
 * builtin_aiter, builtin_anext; Objects/abstract.c: PyObject_GetAIter; Objects/iterobject.c:
 * anextawaitable_*.
 */
public final class PyAnextAwaitable implements PyObject {

    static final PyType TYPE = PyType.builtin("anext_awaitable", PyAnextAwaitable.class, PyAnextAwaitable.class)
        .notSubclassable();

    private final PyObject wrapped;
    private final PyObject dflt;

    private PyAnextAwaitable(PyObject wrapped, PyObject dflt) {
        this.wrapped = wrapped;
        this.dflt = dflt;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** aiter(o). Compare abstract.c: PyObject_GetAIter. */
    public static PyObject aiter(PyObject o) {
        PyObject m = o.type().lookup("__aiter__");
        if (m == null) {
            throw PyErr.typeError("'" + o.type().getName() + "' object is not an async iterable");
        }
        PyObject it = Abstract.callDescr(m, o);
        if (it.type().lookup("__anext__") == null) {
            throw PyErr.typeError("aiter() returned not an async iterator of type '" + it.type().getName() + "'");
        }
        return it;
    }

    /** anext(it[, default]). Compare bltinmodule.c: builtin_anext. */
    public static PyObject anext(PyObject it, PyObject dflt) {
        PyObject m = it.type().lookup("__anext__");
        if (m == null) {
            throw PyErr.typeError("'" + it.type().getName() + "' object is not an async iterator");
        }
        PyObject awaitable = Abstract.callDescr(m, it);
        return dflt == null ? awaitable : new PyAnextAwaitable(awaitable, dflt);
    }

    /**
     * The iterator to forward to: the awaitable's iterator (a coroutine's __await__()).
     * Compare iterobject.c: anextawaitable_getiter and genobject.c: _PyCoro_GetAwaitableIter.
     */
    private PyObject awaitIter() {
        if (wrapped instanceof PyGenerator g && g.isAwaitable()) {
            // A coroutine is driven through its __await__(); an iterable coroutine (a
            // generator marked by types.coroutine) is its own iterator.
            return g.isCoroutine() ? Abstract.callDescr(PyGenerator.COROUTINE.lookup("__await__"), g) : g;
        }
        PyObject m = wrapped instanceof PyGenerator ? null : wrapped.type().lookup("__await__");
        if (m == null) {
            // A plain generator is not awaitable either (only an iterable coroutine is).
            throw PyErr.typeError("object " + wrapped.type().getName() + " can't be used in 'await' expression");
        }
        PyObject res = Abstract.callDescr(m, wrapped);
        if (res instanceof PyGenerator g && g.isAwaitable()) {
            throw PyErr.typeError("__await__() returned a coroutine");
        }
        if (!(res instanceof PyIterator) && res.type().lookup("__next__") == null) {
            throw PyErr.typeError("__await__() returned non-iterator of type '" + res.type().getName() + "'");
        }
        return res;
    }

    /** StopAsyncIteration from the wrapped awaitable becomes StopIteration(default). */
    private PyObject proceed(String method, PyObject... args) {
        PyObject aw = awaitIter();
        try {
            if (method == null) {
                if (aw instanceof PyGenerator g) {
                    PyObject v = g.step(PyNone.NONE, null);
                    if (v == null) {
                        throw PyErr.stopIteration(g.lastReturn == PyNone.NONE ? null : g.lastReturn);
                    }
                    return v;
                }
                // __next__ itself, so that the StopIteration keeps its value.
                return Abstract.callDescr(aw.type().lookup("__next__"), aw);
            }
            return Abstract.call(Abstract.getAttr(aw, method), args);
        } catch (PyBaseException e) {
            if (e.matches(PyExc.StopAsyncIteration)) {
                throw PyErr.stopIteration(dflt);
            }
            throw e;
        }
    }

    @ExposedMethod
    static PyObject __next__(PyAnextAwaitable self) {
        return self.proceed(null);
    }

    @ExposedMethod
    static PyObject send(PyAnextAwaitable self, PyObject v) {
        return self.proceed("send", v);
    }

    @ExposedMethod(name = "throw", min = 1)
    static PyObject throw_(PyAnextAwaitable self, PyObject typ, PyObject val, PyObject tb) {
        return val == null ? self.proceed("throw", typ)
            : tb == null ? self.proceed("throw", typ, val) : self.proceed("throw", typ, val, tb);
    }

    @ExposedMethod
    static PyObject close(PyAnextAwaitable self) {
        return self.proceed("close");
    }

    @ExposedMethod
    static PyObject __await__(PyAnextAwaitable self) {
        return self;
    }

    @ExposedMethod
    static PyObject __iter__(PyAnextAwaitable self) {
        return self;
    }
}
