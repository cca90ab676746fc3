package org.pyvm.modules.weakref;

import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.Ops;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;
import org.pyvm.runtime.Slot;

/**
 * weakref.ProxyType and weakref.CallableProxyType ({@code weakref.proxy}): every operation
 * is passed to the referent (with proxies among the operands unwrapped), and raises
 * ReferenceError once the referent is gone. Proxies are unhashable. Compare CPython
 * Objects/weakrefobject.c: the proxy_* functions, UNWRAP, proxy_checkref.
 */
final class WeakProxy extends WeakRefObject {

    static final PyType PROXY = Types.finish(Types.builtin("weakref", "ProxyType", WeakProxy.class,
        WeakProxy.class)).notSubclassable();
    static final PyType CALLABLE = Types.finish(Types.builtin("weakref", "CallableProxyType", WeakProxy.class,
        WeakProxy.class).alsoExposedBy(CallableMethods.class)).notSubclassable();

    WeakProxy(PyType type, PyObject referent, PyObject callback) {
        super(type, referent, callback);
    }

    /** The referent, or ReferenceError. Compare proxy_checkref. */
    PyObject obj() {
        PyObject o = get();
        if (o == null) {
            throw PyErr.of(PyExc.ReferenceError, "weakly-referenced object no longer exists");
        }
        return o;
    }

    static PyObject unwrap(PyObject o) {
        return o instanceof WeakProxy p ? p.obj() : o;
    }

    /** proxy(object[, callback]): the existing basic proxy of the same kind when there is no callback. */
    static PyObject make(PyObject[] args, String[] kw) {
        Args.noKeywords("proxy", kw);
        Args.positional("proxy", args.length, 1, 2);
        PyObject ob = checkReferent(args[0]);
        PyObject cb = args.length > 1 ? args[1] : PyNone.NONE;
        PyType kind = WeakrefModule.callable(ob) ? CALLABLE : PROXY;
        WeakRefs.drain();
        if (cb == PyNone.NONE) {
            for (WeakRefObject r : WeakRefs.refsTo(ob)) {
                if (r.type() == kind && r.callbackOrNone() == PyNone.NONE) {
                    return r;
                }
            }
        }
        WeakProxy p = new WeakProxy(kind, ob, cb);
        WeakRefs.register(p, ob);
        return p;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (type() != CALLABLE) {
            throw PyErr.typeError("'" + type().getName() + "' object is not callable");
        }
        return Abstract.call(obj(), args, kwnames);
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        throw PyErr.typeError("cannot create '" + cls.getName() + "' instances");
    }

    @ExposedMethod
    static PyObject __getattribute__(WeakProxy self, PyObject name) {
        return Abstract.getAttr(self.obj(), (PyStr) name);
    }

    @ExposedMethod
    static void __setattr__(WeakProxy self, PyObject name, PyObject value) {
        Abstract.setAttr(self.obj(), (PyStr) name, value);
    }

    @ExposedMethod
    static void __delattr__(WeakProxy self, PyObject name) {
        Abstract.setAttr(self.obj(), (PyStr) name, null);
    }

    @ExposedMethod
    static String __repr__(WeakProxy self) {
        PyObject o = self.get();
        PyObject shown = o == null ? PyNone.NONE : o;
        return "<weakproxy at 0x" + Abstract.idHex(self) + " to " + shown.type().getName() + " at 0x"
            + Abstract.idHex(shown) + ">";
    }

    @ExposedMethod
    static PyObject __str__(WeakProxy self) {
        return Abstract.str(self.obj());
    }

    @ExposedMethod
    static PyObject __hash__(WeakProxy self) {
        throw PyErr.typeError("unhashable type: '" + self.type().getName() + "'");
    }

    @ExposedMethod
    static boolean __bool__(WeakProxy self) {
        return Abstract.isTrue(self.obj());
    }

    @ExposedMethod
    static long __len__(WeakProxy self) {
        return Abstract.len(self.obj());
    }

    @ExposedMethod
    static PyObject __getitem__(WeakProxy self, PyObject key) {
        return Abstract.getItem(self.obj(), key);
    }

    @ExposedMethod
    static void __setitem__(WeakProxy self, PyObject key, PyObject value) {
        Abstract.setItem(self.obj(), key, value);
    }

    @ExposedMethod
    static void __delitem__(WeakProxy self, PyObject key) {
        Abstract.delItem(self.obj(), key);
    }

    @ExposedMethod
    static boolean __contains__(WeakProxy self, PyObject x) {
        return Abstract.contains(self.obj(), x);
    }

    @ExposedMethod
    static PyObject __iter__(WeakProxy self) {
        return Abstract.iter(self.obj());
    }

    /** Compare proxy_iternext. */
    @ExposedMethod
    static PyObject __next__(WeakProxy self) {
        PyObject o = self.obj();
        if (o.type().slot(Slot.NEXT) == null) {
            throw PyErr.typeError("Weakref proxy referenced a non-iterator '" + o.type().getName() + "' object");
        }
        PyObject v = Abstract.next(o);
        if (v == null) {
            throw PyErr.stopIteration(null);
        }
        return v;
    }

    @ExposedMethod
    static PyObject __index__(WeakProxy self) {
        return Abstract.index(self.obj());
    }

    @ExposedMethod
    static PyObject __int__(WeakProxy self) {
        return Abstract.toInt(self.obj());
    }

    @ExposedMethod
    static PyObject __float__(WeakProxy self) {
        return org.pyvm.runtime.PyFloat.of(Abstract.toDouble(self.obj()));
    }

    @ExposedMethod
    static PyObject __bytes__(WeakProxy self) {
        return Abstract.call(org.pyvm.runtime.PyBytes.TYPE, self.obj());
    }

    @ExposedMethod
    static PyObject __reversed__(WeakProxy self) {
        return Abstract.call(Abstract.getAttr(self.obj(), "__reversed__"));
    }

    @ExposedMethod
    static PyObject __add__(WeakProxy self, PyObject other) {
        return Ops.binaryOp(self.obj(), unwrap(other), 0);
    }

    @ExposedMethod
    static PyObject __radd__(WeakProxy self, PyObject other) {
        return Ops.binaryOp(unwrap(other), self.obj(), 0);
    }

    @ExposedMethod
    static PyObject __iadd__(WeakProxy self, PyObject other) {
        return Ops.binaryOp(self.obj(), unwrap(other), Ops.NB_INPLACE + 0);
    }

    @ExposedMethod
    static PyObject __and__(WeakProxy self, PyObject other) {
        return Ops.binaryOp(self.obj(), unwrap(other), 1);
    }

    @ExposedMethod
    static PyObject __rand__(WeakProxy self, PyObject other) {
        return Ops.binaryOp(unwrap(other), self.obj(), 1);
    }

    @ExposedMethod
    static PyObject __iand__(WeakProxy self, PyObject other) {
        return Ops.binaryOp(self.obj(), unwrap(other), Ops.NB_INPLACE + 1);
    }

    @ExposedMethod
    static PyObject __floordiv__(WeakProxy self, PyObject other) {
        return Ops.binaryOp(self.obj(), unwrap(other), 2);
    }

    @ExposedMethod
    static PyObject __rfloordiv__(WeakProxy self, PyObject other) {
        return Ops.binaryOp(unwrap(other), self.obj(), 2);
    }

    @ExposedMethod
    static PyObject __ifloordiv__(WeakProxy self, PyObject other) {
        return Ops.binaryOp(self.obj(), unwrap(other), Ops.NB_INPLACE + 2);
    }

    @ExposedMethod
    static PyObject __lshift__(WeakProxy self, PyObject other) {
        return Ops.binaryOp(self.obj(), unwrap(other), 3);
    }

    @ExposedMethod
    static PyObject __rlshift__(WeakProxy self, PyObject other) {
        return Ops.binaryOp(unwrap(other), self.obj(), 3);
    }

    @ExposedMethod
    static PyObject __ilshift__(WeakProxy self, PyObject other) {
        return Ops.binaryOp(self.obj(), unwrap(other), Ops.NB_INPLACE + 3);
    }

    @ExposedMethod
    static PyObject __matmul__(WeakProxy self, PyObject other) {
        return Ops.binaryOp(self.obj(), unwrap(other), 4);
    }

    @ExposedMethod
    static PyObject __rmatmul__(WeakProxy self, PyObject other) {
        return Ops.binaryOp(unwrap(other), self.obj(), 4);
    }

    @ExposedMethod
    static PyObject __imatmul__(WeakProxy self, PyObject other) {
        return Ops.binaryOp(self.obj(), unwrap(other), Ops.NB_INPLACE + 4);
    }

    @ExposedMethod
    static PyObject __mul__(WeakProxy self, PyObject other) {
        return Ops.binaryOp(self.obj(), unwrap(other), 5);
    }

    @ExposedMethod
    static PyObject __rmul__(WeakProxy self, PyObject other) {
        return Ops.binaryOp(unwrap(other), self.obj(), 5);
    }

    @ExposedMethod
    static PyObject __imul__(WeakProxy self, PyObject other) {
        return Ops.binaryOp(self.obj(), unwrap(other), Ops.NB_INPLACE + 5);
    }

    @ExposedMethod
    static PyObject __mod__(WeakProxy self, PyObject other) {
        return Ops.binaryOp(self.obj(), unwrap(other), 6);
    }

    @ExposedMethod
    static PyObject __rmod__(WeakProxy self, PyObject other) {
        return Ops.binaryOp(unwrap(other), self.obj(), 6);
    }

    @ExposedMethod
    static PyObject __imod__(WeakProxy self, PyObject other) {
        return Ops.binaryOp(self.obj(), unwrap(other), Ops.NB_INPLACE + 6);
    }

    @ExposedMethod
    static PyObject __or__(WeakProxy self, PyObject other) {
        return Ops.binaryOp(self.obj(), unwrap(other), 7);
    }

    @ExposedMethod
    static PyObject __ror__(WeakProxy self, PyObject other) {
        return Ops.binaryOp(unwrap(other), self.obj(), 7);
    }

    @ExposedMethod
    static PyObject __ior__(WeakProxy self, PyObject other) {
        return Ops.binaryOp(self.obj(), unwrap(other), Ops.NB_INPLACE + 7);
    }

    @ExposedMethod
    static PyObject __pow__(WeakProxy self, PyObject other) {
        return Ops.binaryOp(self.obj(), unwrap(other), 8);
    }

    @ExposedMethod
    static PyObject __rpow__(WeakProxy self, PyObject other) {
        return Ops.binaryOp(unwrap(other), self.obj(), 8);
    }

    @ExposedMethod
    static PyObject __ipow__(WeakProxy self, PyObject other) {
        return Ops.binaryOp(self.obj(), unwrap(other), Ops.NB_INPLACE + 8);
    }

    @ExposedMethod
    static PyObject __rshift__(WeakProxy self, PyObject other) {
        return Ops.binaryOp(self.obj(), unwrap(other), 9);
    }

    @ExposedMethod
    static PyObject __rrshift__(WeakProxy self, PyObject other) {
        return Ops.binaryOp(unwrap(other), self.obj(), 9);
    }

    @ExposedMethod
    static PyObject __irshift__(WeakProxy self, PyObject other) {
        return Ops.binaryOp(self.obj(), unwrap(other), Ops.NB_INPLACE + 9);
    }

    @ExposedMethod
    static PyObject __sub__(WeakProxy self, PyObject other) {
        return Ops.binaryOp(self.obj(), unwrap(other), 10);
    }

    @ExposedMethod
    static PyObject __rsub__(WeakProxy self, PyObject other) {
        return Ops.binaryOp(unwrap(other), self.obj(), 10);
    }

    @ExposedMethod
    static PyObject __isub__(WeakProxy self, PyObject other) {
        return Ops.binaryOp(self.obj(), unwrap(other), Ops.NB_INPLACE + 10);
    }

    @ExposedMethod
    static PyObject __truediv__(WeakProxy self, PyObject other) {
        return Ops.binaryOp(self.obj(), unwrap(other), 11);
    }

    @ExposedMethod
    static PyObject __rtruediv__(WeakProxy self, PyObject other) {
        return Ops.binaryOp(unwrap(other), self.obj(), 11);
    }

    @ExposedMethod
    static PyObject __itruediv__(WeakProxy self, PyObject other) {
        return Ops.binaryOp(self.obj(), unwrap(other), Ops.NB_INPLACE + 11);
    }

    @ExposedMethod
    static PyObject __xor__(WeakProxy self, PyObject other) {
        return Ops.binaryOp(self.obj(), unwrap(other), 12);
    }

    @ExposedMethod
    static PyObject __rxor__(WeakProxy self, PyObject other) {
        return Ops.binaryOp(unwrap(other), self.obj(), 12);
    }

    @ExposedMethod
    static PyObject __ixor__(WeakProxy self, PyObject other) {
        return Ops.binaryOp(self.obj(), unwrap(other), Ops.NB_INPLACE + 12);
    }

    @ExposedMethod
    static PyObject __neg__(WeakProxy self) {
        return Ops.unary(self.obj(), Slot.NEG, "-");
    }

    @ExposedMethod
    static PyObject __pos__(WeakProxy self) {
        return Ops.unary(self.obj(), Slot.POS, "+");
    }

    @ExposedMethod
    static PyObject __invert__(WeakProxy self) {
        return Ops.unary(self.obj(), Slot.INVERT, "~");
    }

    @ExposedMethod
    static PyObject __abs__(WeakProxy self) {
        return Ops.unary(self.obj(), Slot.ABS, "abs");
    }

    @ExposedMethod
    static PyObject __lt__(WeakProxy self, PyObject other) {
        return Ops.richCompare(self.obj(), unwrap(other), Ops.LT);
    }

    @ExposedMethod
    static PyObject __le__(WeakProxy self, PyObject other) {
        return Ops.richCompare(self.obj(), unwrap(other), Ops.LE);
    }

    @ExposedMethod
    static PyObject __eq__(WeakProxy self, PyObject other) {
        return Ops.richCompare(self.obj(), unwrap(other), Ops.EQ);
    }

    @ExposedMethod
    static PyObject __ne__(WeakProxy self, PyObject other) {
        return Ops.richCompare(self.obj(), unwrap(other), Ops.NE);
    }

    @ExposedMethod
    static PyObject __gt__(WeakProxy self, PyObject other) {
        return Ops.richCompare(self.obj(), unwrap(other), Ops.GT);
    }

    @ExposedMethod
    static PyObject __ge__(WeakProxy self, PyObject other) {
        return Ops.richCompare(self.obj(), unwrap(other), Ops.GE);
    }

    /** The __call__ of CallableProxyType. */
    static final class CallableMethods {

        private CallableMethods() {}

        @ExposedMethod
        static PyObject __call__(WeakProxy self, PyObject[] args, String[] kw) {
            return Abstract.call(self.obj(), args, kw);
        }
    }
}
