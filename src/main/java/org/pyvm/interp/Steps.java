package org.pyvm.interp;

import org.pyvm.bytecode.Opcode;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.AttrCache;
import org.pyvm.runtime.BoundJavaMethod;
import org.pyvm.runtime.Formatter;
import org.pyvm.runtime.JavaMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyBoundMethod;
import org.pyvm.runtime.PyCell;
import org.pyvm.runtime.PyCode;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyFunction;
import org.pyvm.runtime.PyGenerator;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyIterator;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRange;
import org.pyvm.runtime.PySeqIter;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PySet;
import org.pyvm.runtime.PySlice;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PySuper;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * The out-of-line halves of the eval loop's opcodes: each helper takes the stack array
 * and pointer and returns the new pointer. Compare CPython Python/bytecodes.c, opcode by
 * opcode (the helper names follow the opcodes).
 */
final class Steps {

    private Steps() {}

    static int drop(PyObject[] s, int sp, int n) {
        for (int i = 0; i < n; i++) {
            s[--sp] = null;
        }
        return sp;
    }

    // ---- names ----

    static PyObject checkedLocal(Frame f, int i) {
        PyObject v = f.fast[i];
        if (v == null) {
            throw unboundLocal(f, i);
        }
        return v;
    }

    static PyBaseException unboundLocal(Frame f, int i) {
        String name = f.localName(i).toString();
        // no name attribute: CPython's format_exc_check_arg sets it for NameError itself only,
        // so UnboundLocalError offers no "Did you mean"
        return PyErr.of(PyExc.UnboundLocalError,
            "cannot access local variable '" + name + "' where it is not associated with a value");
    }

    /**
     * FOR_ITER's next item, or null at the end. The iterators of range and list are
     * called directly (final classes: no interface dispatch), as CPython specializes
     * FOR_ITER_RANGE and FOR_ITER_LIST; a generator's frame is resumed in place when it
     * can be ({@link #IN_PLACE}). F, PC, SP, ARG: the loop's frame and FOR_ITER's state.
     */
    static PyObject forIterNext(Frame f, PyObject it, int pc, int sp, int arg) {
        if (it instanceof PyGenerator g) {
            Frame nf = forIterGen(f, g, pc, sp, arg);
            if (nf != null) {
                // FOR_ITER_GEN: its frame runs in this loop (it is now the thread's current
                // frame), unless it already got to its next yield (then its caller is).
                yieldAtOnce(nf);
                return IN_PLACE;
            }
        }
        return forIterNext(it);
    }

    /**
     * Generator frame NF, resumed in place by the loop's FOR_ITER or SEND, may already be at
     * its next YIELD_VALUE (DataLoop ran its body: DataLoop.resumed): that yield is done here,
     * as the loop would do it, without switching the loop to NF and back. Gives the frame the
     * loop continues with (the thread's current frame). Only for the FOR_ITER or SEND the loop
     * itself runs: resumeThrough, which yieldInline calls, must not yield again (an item a
     * filter drops would recurse once more).
     */
    private static Frame yieldAtOnce(Frame nf) {
        return atYield(nf) ? yieldInline(nf, popYield(nf)) : nf;
    }

    /**
     * Whether F, paused on its untraced own bytecode, is at a YIELD_VALUE that can be done
     * outside the loop (DataLoop ran its body up to there).
     */
    static boolean atYield(Frame f) {
        return (f.bytecode[f.pc] & 0xff) == Opcode.YIELD_VALUE && f.bytecode == f.code.bytecode
            && !org.pyvm.runtime.Tracing.active;
    }

    /** F's YIELD_VALUE (see {@link #atYield}) started as Eval.loop starts it: pops and gives the value, lasti and pc moved past it. */
    static PyObject popYield(Frame f) {
        PyObject v = f.fast[--f.sp];
        f.fast[f.sp] = null;
        f.lasti = f.pc;
        f.pc += 2;
        return v;
    }

    /** FOR_ITER's next item or null, without resuming a generator in place (compiled code's FOR_ITER, JitSupport). */
    static PyObject forIterNext(PyObject it) {
        if (it instanceof PyRange.Iter r) {
            return r.next();
        }
        if (it instanceof PySeqIter q) {
            return q.next();
        }
        if (it instanceof PyGenerator g) {
            return g.next(); // no interface dispatch
        }
        return Abstract.next(it);
    }

    /** What forIterNext gives when the generator's frame was entered to run in place (see forIterGen). */
    static final PyObject IN_PLACE = new PyCell(null);

    /** LOAD_GLOBAL through the instruction's cache (CodeCache.Global). */
    static PyObject loadGlobal(Frame f, int i) {
        Object[] entries = f.cache.entries;
        int at = f.lasti >> 1;
        if (entries[at] instanceof CodeCache.Global e) {
            PyObject v = e.get(f.globals, f.builtins);
            if (v != null) {
                return v;
            }
        }
        return loadGlobalMiss(f, i, entries, at);
    }

    private static PyObject loadGlobalMiss(Frame f, int i, Object[] entries, int at) {
        PyStr name = f.code.names[i];
        PyDict g = f.globals;
        int ix = g.entryIndex(name);
        if (ix >= 0) {
            entries[at] = new CodeCache.Global(g, null, ix);
            return g.valueAt(ix);
        }
        PyDict b = f.builtins;
        if (b.getClass() != PyDict.class) {
            PyObject v = builtin(b, name);
            if (v == null) {
                throw PyErr.nameError(name.toString());
            }
            return v;
        }
        ix = b.entryIndex(name);
        if (ix < 0) {
            throw PyErr.nameError(name.toString());
        }
        entries[at] = new CodeCache.Global(g, b, ix);
        return b.valueAt(ix);
    }

    /**
     * OBJ's type for the attribute caches: for an instance of a Python class, the common
     * receiver, a field read instead of an interface call (the sites of loadAttr,
     * loadMethod and storeAttr see every kind of object, so obj.type() there is a
     * megamorphic itable dispatch).
     */
    private static PyType typeOf(PyObject obj) {
        return obj.getClass() == org.pyvm.runtime.PyInstance.class ? ((org.pyvm.runtime.PyInstance) obj).type() : obj.type();
    }

    /** LOAD_ATTR (plain form) through the instruction's AttrCache. */
    static PyObject loadAttr(Frame f, PyObject obj, int nameIndex) {
        PyStr name = f.code.names[nameIndex];
        Object[] entries = f.cache.entries;
        int at = f.lasti >> 1;
        Object e = entries[at];
        if (obj.getClass() == org.pyvm.runtime.PyInstance.class && e instanceof AttrCache c0) {
            // The common cases without a call (AttrCache.load is too large to inline here).
            PyObject v = c0.loadInstance((org.pyvm.runtime.PyInstance) obj, name);
            if (v != null) {
                return v;
            }
        }
        AttrCache c = AttrCache.find(e, typeOf(obj));
        if (c == null) {
            c = AttrCache.forLoad(obj, name, e);
            if (c != null) {
                entries[at] = c;
            }
        }
        if (c != null) {
            PyObject v = c.load(obj, name);
            if (v != null) {
                return v;
            }
        }
        return Abstract.getAttr(obj, name);
    }

    /** STORE_ATTR through the instruction's AttrCache. */
    static void storeAttr(Frame f, PyObject obj, int nameIndex, PyObject value) {
        PyStr name = f.code.names[nameIndex];
        Object[] entries = f.cache.entries;
        int at = f.lasti >> 1;
        Object e = entries[at];
        AttrCache c = AttrCache.find(e, typeOf(obj));
        if (c != null) {
            c.store(obj, name, value);
            return;
        }
        c = AttrCache.forStore(obj, name, e);
        if (c != null) {
            entries[at] = c;
        }
        Abstract.setAttr(obj, name, value);
    }

    static PyObject loadBuiltin(Frame f, String name) {
        PyObject v = builtin(f.builtins, PyStr.intern(name));
        if (v == null) {
            throw PyErr.of(PyExc.NameError, name + " not found");
        }
        return v;
    }

    static void deleteGlobal(Frame f, int i) {
        if (f.globals.delItem(f.code.names[i]) == null) {
            throw PyErr.nameError(f.code.names[i].toString());
        }
    }

    static PyObject locals(Frame f) {
        if (f.locals == null) {
            throw PyErr.systemError("no locals found");
        }
        return f.locals;
    }

    static PyObject loadName(Frame f, int i) {
        if (f.locals == f.globals && f.globals.getClass() == PyDict.class) {
            // A module body: locals then globals is one dict, so LOAD_GLOBAL's cache serves.
            return loadGlobal(f, i);
        }
        PyStr name = f.code.names[i];
        // Only an exact dict is read directly: a class body's __prepare__ mapping (enum's
        // _EnumDict) sees its __getitem__/__setitem__ called, as in CPython.
        PyObject v = f.locals instanceof PyDict d && d.getClass() == PyDict.class ? d.get(name)
            : Abstract.getItemOrNull(locals(f), name);
        if (v == null) {
            v = f.globals.get(name);
            if (v == null) {
                v = builtin(f.builtins, name);
                if (v == null) {
                    throw PyErr.nameError(name.toString());
                }
            }
        }
        return v;
    }

    /** A name in builtins: a dict subclass's __getitem__ is called. Compare bytecodes.c: LOAD_NAME, LOAD_GLOBAL. */
    private static PyObject builtin(PyDict b, PyStr name) {
        return b.getClass() == PyDict.class ? b.get(name) : Abstract.getItemOrNull(b, name);
    }

    static void storeName(Frame f, int i, PyObject v) {
        if (f.locals == f.globals && f.globals.getClass() == PyDict.class) {
            // A module body: rebinding a name the instruction bound before replaces the
            // value in place while the dict has the same keys (as LOAD_GLOBAL's cache).
            PyDict g = f.globals;
            Object[] entries = f.cache.entries;
            int at = f.lasti >> 1;
            if (entries[at] instanceof CodeCache.Global e && e.globals == g && e.builtins == null
                && e.globalsVersion == g.version()) {
                g.replaceValueAt(e.index, v);
                return;
            }
            PyStr name = f.code.names[i];
            g.setItem(name, v);
            entries[at] = new CodeCache.Global(g, null, g.entryIndex(name));
            return;
        }
        if (f.locals instanceof PyDict d && d.getClass() == PyDict.class) {
            d.setItem(f.code.names[i], v);
        } else {
            Abstract.setItem(locals(f), f.code.names[i], v);
        }
    }

    static void deleteName(Frame f, int i) {
        PyStr name = f.code.names[i];
        boolean ok;
        if (f.locals instanceof PyDict d && d.getClass() == PyDict.class) {
            ok = d.delItem(name) != null;
        } else {
            try {
                Abstract.delItem(locals(f), name);
                ok = true;
            } catch (PyBaseException e) {
                if (!e.matches(PyExc.KeyError)) {
                    throw e;
                }
                ok = false;
            }
        }
        if (!ok) {
            throw PyErr.nameError(name.toString());
        }
    }

    static PyObject loadDeref(Frame f, int i) {
        PyObject c = f.fast[i];
        PyObject v = c instanceof PyCell cell ? cell.value : null;
        if (v == null) {
            throw freeVarError(f, i);
        }
        return v;
    }

    private static PyBaseException freeVarError(Frame f, int i) {
        String name = f.localName(i).toString();
        if ((f.code.localspluskinds[i] & org.pyvm.bytecode.CodeObject.CO_FAST_FREE) != 0) {
            PyBaseException e = PyErr.of(PyExc.NameError, "cannot access free variable '" + name
                + "' where it is not associated with a value in enclosing scope");
            e.getDict().setStr("name", f.localName(i));
            return e;
        }
        return unboundLocal(f, i);
    }

    static void deleteDeref(Frame f, int i) {
        PyCell c = (PyCell) f.fast[i];
        if (c.value == null) {
            throw freeVarError(f, i);
        }
        c.value = null;
    }

    static void copyFreeVars(Frame f, int n) {
        PyCell[] closure = f.function.closure;
        int offset = f.nlocalsplus - n;
        for (int i = 0; i < n; i++) {
            Eval.put(f.fast, offset + i, closure[i]);
        }
    }

    static PyObject loadFromDictOrDeref(Frame f, PyObject mapping, int i) {
        PyObject v = Abstract.getItemOrNull(mapping, f.localName(i));
        return v != null ? v : loadDeref(f, i);
    }

    static PyObject loadFromDictOrGlobals(Frame f, PyObject mapping, int i) {
        PyObject v = Abstract.getItemOrNull(mapping, f.code.names[i]);
        return v != null ? v : loadGlobal(f, i);
    }

    static void setupAnnotations(Frame f) {
        PyObject loc = locals(f);
        if (Abstract.getItemOrNull(loc, PyStr.of("__annotations__")) == null) {
            Abstract.setItem(loc, PyStr.of("__annotations__"), new PyDict());
        }
    }

    // ---- attributes and calls ----

    /**
     * LOAD_ATTR with the method flag: pushes (function, self) when the attribute is a
     * plain method found on the type, so CALL needs no bound-method object; else (NULL, attr).
     * Compare bytecodes.c: LOAD_ATTR and object.c: _PyObject_GetMethod.
     */
    static int loadMethod(Frame f, PyObject[] s, int sp, int nameIndex) {
        PyObject obj = s[sp - 1];
        PyStr name = f.code.names[nameIndex];
        PyType t = typeOf(obj);
        Object[] entries = f.cache.entries;
        int at = f.lasti >> 1;
        Object e = entries[at];
        AttrCache c = AttrCache.find(e, t);
        if (c != null) {
            PyObject m = c.method(obj, name);
            if (m != null) {
                Eval.put(s, sp - 1, m);
                Eval.put(s, sp++, obj);
                return sp;
            }
        } else {
            c = AttrCache.forMethod(obj, name, e);
            if (c != null) {
                entries[at] = c;
            }
        }
        if (!(obj instanceof PyType) && Abstract.hasGenericGetattr(t)) {
            PyObject descr = t.lookup(name);
            if ((descr instanceof PyFunction || descr instanceof JavaMethod)
                && !(obj instanceof org.pyvm.runtime.HasDict hd && hd.getDict().get(name) != null)) {
                Eval.put(s, sp - 1, descr);
                Eval.put(s, sp++, obj);
                return sp;
            }
        }
        s[sp - 1] = null;
        Eval.put(s, sp++, Abstract.getAttr(obj, name));
        return sp;
    }

    /** LOAD_SUPER_ATTR: (global_super, class, self -- attr) or (-- method, self). */
    static int loadSuperAttr(Frame f, PyObject[] s, int sp, int arg) {
        PyObject sup = s[sp - 3];
        PyObject cls = s[sp - 2];
        PyObject self = s[sp - 1];
        PyStr name = f.code.names[arg >> 2];
        PyObject attr;
        if ((arg & 1) != 0 && sup == PySuper.TYPE && cls instanceof PyType t && f.bytecode == f.code.bytecode) {
            // super().name(...): a plain function found after cls in the MRO is pushed
            // unbound with self, without a super object or a bound method (CPython's
            // LOAD_SUPER_ATTR_METHOD). Anything else takes the general path below, as
            // does an instrumented frame (INSTRUMENTED_LOAD_SUPER_ATTR is not specialized:
            // sys.monitoring's CALL then sees the bound method).
            // Cached per instruction by self's type (AttrCache.forSuperMethod): the MRO walk
            // and the dict probes run once per type and tag.
            PyObject fn = null;
            Object[] entries = f.cache.entries;
            int at = f.lasti >> 1;
            PyType st = self != null ? typeOf(self) : null;
            AttrCache c = st != null ? AttrCache.find(entries[at], st) : null;
            if (c != null) {
                fn = c.superMethod(t);
            }
            if (fn == null) {
                PyFunction found = superMethod(t, self, name);
                if (found != null) {
                    entries[at] = AttrCache.forSuperMethod(st, t, found, entries[at]);
                }
                fn = found;
            }
            if (fn != null) {
                sp = drop(s, sp, 3);
                Eval.put(s, sp++, fn);
                Eval.put(s, sp++, self);
                return sp;
            }
        }
        if (sup == PySuper.TYPE && cls instanceof PyType t) {
            PySuper proxy = PySuper.of(t, self);
            attr = Abstract.getAttr(proxy, name);
        } else {
            PyObject proxy = (arg & 2) != 0 ? Abstract.call(sup, cls, self) : Abstract.call(sup);
            attr = Abstract.getAttr(proxy, name);
        }
        sp = drop(s, sp, 3);
        if ((arg & 1) != 0) {
            s[sp++] = null;
        }
        Eval.put(s, sp++, attr);
        return sp;
    }

    /** The function super(T, self).NAME finds for an instance SELF, or null when it finds anything else. */
    private static PyFunction superMethod(PyType t, PyObject self, PyStr name) {
        if (self == null || self instanceof PyType || name.value().equals("__class__")) {
            return null;
        }
        PyType[] mro = self.type().getMro();
        int i = 0;
        while (i < mro.length && mro[i] != t) {
            i++;
        }
        // Not found: self is not an instance of t; the general path raises the TypeError.
        for (i++; i < mro.length; i++) {
            PyObject v = mro[i].getDict().get(name);
            if (v != null) {
                return v instanceof PyFunction fn ? fn : null;
            }
        }
        return null;
    }

    /**
     * CALL of a Python function with exactly its positional parameters, run in the
     * caller's eval loop instead of by a Java call (CPython 3.11+: _PyFramePushAndInit and
     * the frame switch in CALL's DISPATCH_INLINED): makes the callee's frame, moves the
     * arguments into it, saves the caller's pc and stack pointer (the result is pushed at
     * the callable's slot on return) and links the frame in as Interpreter.execute does.
     * Null when the call must go the general way ({@link #call}): keywords, a generator,
     * tracing, anything not a plain function, or the recursion limit (whose error
     * Interpreter.execute raises).
     */
    static Frame enterInline(Frame f, PyObject[] s, int sp, int argc, int pc) {
        if (f.kwnames != null || org.pyvm.runtime.Tracing.active) {
            return null;
        }
        int base = sp - argc - 2;
        PyObject method = s[base];
        PyObject callable = method != null ? method : s[base + 1];
        if (!(callable instanceof PyFunction fn)) {
            return null;
        }
        int n = method != null ? argc + 1 : argc;
        PyCode code = fn.code;
        CodeCache cc = CodeCache.of(code);
        ThreadState ts = f.ts;
        if (cc.inlineArgc != n || ts.depth >= PyRuntime.recursionLimit) {
            return null;
        }
        if (JitHook.compiler != null && JitHook.count(cc, code) != null) {
            return null; // compiled: the general call runs it (Interpreter.execute)
        }
        Frame nf = cc.free;
        if (nf != null) {
            cc.free = nf.nextFree;
            nf.nextFree = null;
            nf.function = fn;
            nf.globals = fn.globals;
            nf.builtins = fn.builtins;
            nf.sp = cc.nlocalsplus;
            nf.lasti = 0;
        } else {
            nf = new Frame(code, cc, fn);
        }
        moveArgs(s, sp, nf.fast, n, base);
        f.pc = pc;
        f.sp = base;
        // The callee starts after its RESUME unless a break is requested (then RESUME runs
        // the eval breaker with the callee's frame current, as CPython's RESUME does); with
        // tracing or monitoring on, calls do not get here. A leading COPY_FREE_VARS is done
        // here (unless the closure does not fit: then the instruction runs and fails as it would).
        int entry = org.pyvm.runtime.Gil.dropRequest ? cc.startPc : cc.entryPc;
        if (cc.freeVars != 0 && !copyClosure(nf, fn, cc.freeVars)) {
            entry = 0;
        }
        nf.pc = entry;
        nf.inlined = true;
        nf.ts = ts;
        ts.depth++;
        nf.back = ts.frame;
        ts.frame = nf;
        if (cc.callLoop >= 0) {
            // Code made of what CallLoop covers (a plain function, fib's kind) that makes
            // calls may run there (CallLoop.enter, out of line: code it does not cover pays
            // one test here).
            return CallLoop.enter(nf, cc, code, entry);
        }
        return nf;
    }

    /**
     * COPY_FREE_VARS N for frame NF of FN, run in place (as {@link #copyFreeVars}): false,
     * copying nothing, when FN's closure does not hold N cells for the frame's last N slots.
     */
    private static boolean copyClosure(Frame nf, PyFunction fn, int n) {
        PyCell[] closure = fn.closure;
        int offset = nf.nlocalsplus - n;
        if (closure == null || closure.length < n || offset < 0) {
            return false;
        }
        PyObject[] fast = nf.fast;
        for (int i = 0; i < n; i++) {
            Eval.put(fast, offset + i, closure[i]);
        }
        return true;
    }

    /**
     * FOR_ITER over generator G (CPython 3.12's FOR_ITER_GEN): resumes G's frame in the
     * caller's eval loop (see {@link #resumeInline}); its yield continues the caller at PC
     * with the value pushed, its return at the loop's END_FOR (which pops the value and the
     * iterator, as FOR_ITER's exhaustion would). Null when the loop must call next().
     */
    static Frame forIterGen(Frame f, PyGenerator g, int pc, int sp, int arg) {
        int exit = pc + (arg << 1);
        byte[] code = f.code.bytecode;
        if (exit >= code.length || (code[exit] & 0xff) != Opcode.END_FOR) {
            return null; // (bad bytecode: the general path jumps over whatever is there)
        }
        return resumeInline(f, g, PyNone.NONE, pc, sp, exit);
    }

    /**
     * SEND to generator or coroutine G, the receiver at S[SP-2] (CPython 3.12's SEND_GEN):
     * resumes its frame in the caller's loop with the value at S[SP-1]; its yield continues
     * the caller at PC with (receiver, value), its return at SEND's target with (receiver,
     * return value), as SEND itself leaves them. Null when SEND must step it.
     */
    static Frame sendGen(Frame f, PyGenerator g, PyObject[] s, int pc, int sp, int arg) {
        Frame nf = sendInPlace(f, g, s, pc, sp, arg);
        return nf == null ? null : yieldAtOnce(nf);
    }

    /** sendGen without {@link #yieldAtOnce} (for resumeThrough). */
    private static Frame sendInPlace(Frame f, PyGenerator g, PyObject[] s, int pc, int sp, int arg) {
        Frame nf = resumeInline(f, g, s[sp - 1], pc, sp - 1, pc + (arg << 1));
        if (nf != null) {
            s[sp - 1] = null;
        }
        return nf;
    }

    /**
     * Resumes generator G's frame in the eval loop running caller F, sending SENT (FOR_ITER
     * and SEND over a generator: CPython 3.12's FOR_ITER_GEN and SEND_GEN, which push the
     * generator's frame and continue in the same _PyEval_EvalFrameDefault): does what
     * PyGenerator.step and GenFrame.resume do before running a frame (gi_running, the link
     * to the caller, the recursion count, the generator's own exception state) and saves
     * the caller's PC and SP; YIELD_VALUE ({@link #yieldInline}), RETURN_VALUE
     * ({@link #returnInline}) and an error ({@link #unwindInline}) undo it. EXIT: where the
     * caller continues when the generator returns. Null when the generator must be resumed
     * by a Java call (step): while tracing, when it is running, finished or an async
     * generator, just started with a value other than None, at the recursion limit, or
     * when a trace function moved its frame while it was suspended.
     */
    private static Frame resumeInline(Frame f, PyGenerator g, PyObject sent, int pc, int sp, int exit) {
        ThreadState ts = f.ts;
        if (org.pyvm.runtime.Tracing.active || ts.depth >= PyRuntime.recursionLimit
                || !(g.inlineFrame() instanceof GenFrame gf)) {
            return null;
        }
        Frame nf = gf.f;
        if (nf.bytecode != nf.code.bytecode || nf.resumeAt >= 0) {
            return null;
        }
        if (!gf.started) {
            if (sent != PyNone.NONE) {
                return null; // (step raises "can't send non-None value to a just-started generator")
            }
            gf.started = true;
        }
        g.inlineStarted();
        nf.inPlace = gf;
        gf.gen = g;
        gf.exit = exit;
        nf.yielded = false;
        if (nf.ts != ts) {
            nf.ts = ts;
        }
        ts.depth++;
        nf.back = ts.frame;
        ts.frame = nf;
        gf.enterExcState(ts);
        // The paused yield is followed by RESUME (whose only work without tracing is the
        // eval breaker) and, in a plain yield statement, POP_TOP for the sent value: both
        // are skipped while no break is requested, as a call run in place skips its RESUME.
        if (!gf.skipResume(sent)) {
            Eval.put(nf.fast, nf.sp++, sent);
        }
        f.pc = pc;
        f.sp = sp;
        DataLoop.resumed(nf);
        return resumeThrough(nf);
    }

    /**
     * Frame NF, just continued in place (a generator resumed, or the caller one yielded to),
     * is at a SEND to a generator (paused in a yield from / await, see GenFrame.skipResume)
     * or a FOR_ITER over one: that instruction is done here, resuming that generator in
     * place too, instead of by another dispatch of the loop. Gives the innermost frame now
     * running (NF when the instruction must run in the loop).
     */
    private static Frame resumeThrough(Frame nf) {
        byte[] c = nf.bytecode;
        int at = nf.pc;
        int op = c[at] & 0xff;
        Frame inner;
        if (op == Opcode.SEND && nf.fast[nf.sp - 2] instanceof PyGenerator g) {
            inner = sendInPlace(nf, g, nf.fast, at + 2 + 2 * Opcode.cacheEntries(Opcode.SEND), nf.sp, c[at + 1] & 0xff);
        } else if (op == Opcode.FOR_ITER && nf.fast[nf.sp - 1] instanceof PyGenerator g) {
            inner = forIterGen(nf, g, at + 2 + 2 * Opcode.cacheEntries(Opcode.FOR_ITER), nf.sp, c[at + 1] & 0xff);
        } else {
            return nf;
        }
        if (inner == null) {
            return nf;
        }
        nf.lasti = at;
        return inner;
    }

    /** Generator frame G, resumed in place, leaves: what GenFrame.resume's finally does. Gives the caller. */
    private static Frame leaveGen(Frame g) {
        ThreadState ts = g.ts;
        GenFrame gf = g.inPlace;
        gf.leaveExcState(ts);
        gf.gen = null;
        g.inPlace = null;
        Frame caller = g.back;
        ts.frame = caller;
        g.back = null;
        ts.depth--;
        return caller;
    }

    /** YIELD_VALUE of V in generator frame G resumed in place: suspends it and gives the caller, V pushed on its stack. */
    static Frame yieldInline(Frame g, PyObject v) {
        PyGenerator gen = g.inPlace.gen;
        Frame caller = leaveGen(g);
        g.yielded = true;
        gen.inlineYielded(g.cache.handledYields);
        if (caller.inPlace != null && (caller.bytecode[caller.pc] & 0xff) == Opcode.YIELD_VALUE) {
            caller = yieldThrough(caller);
        }
        Eval.put(caller.fast, caller.sp++, v);
        // The body of the caller's for loop, as far as it moves data (see DataLoop.resumed),
        // and the next FOR_ITER if that is over a generator (a filter's item it drops).
        DataLoop.resumed(caller);
        return resumeThrough(caller);
    }

    /**
     * A caller that was delegating by yield from / await, resumed in place itself, continues
     * after its SEND with the YIELD_VALUE that passes the value on: done here, as that
     * YIELD_VALUE would do it, without a dispatch per level. Gives the frame that continues.
     */
    private static Frame yieldThrough(Frame caller) {
        while (caller.inPlace != null && atYield(caller)) {
            Frame through = caller;
            through.lasti = through.pc;
            through.pc += 2;
            PyGenerator gen = through.inPlace.gen;
            caller = leaveGen(through);
            through.yielded = true;
            gen.inlineYielded(through.cache.handledYields);
        }
        return caller;
    }

    /**
     * RETURN_VALUE in generator frame G resumed in place: finishes the generator and gives
     * the caller, set to continue where its FOR_ITER or SEND goes when the generator
     * ends; the loop pushes the return value.
     */
    static Frame returnInline(Frame g, PyObject v) {
        GenFrame gf = g.inPlace;
        PyGenerator gen = gf.gen;
        int exit = gf.exit;
        Frame caller = leaveGen(g);
        gen.inlineReturned(v);
        caller.pc = exit;
        return caller;
    }

    /**
     * Moves the N arguments below SP into the new frame's first locals and clears the
     * caller's slots from BASE (callable, self or NULL, arguments) up to SP. The common
     * counts are spelled out: for one to three values a call of the arraycopy and fill
     * stubs cost more than the stores (perf: StubRoutines, 3% of fib).
     */
    private static void moveArgs(PyObject[] s, int sp, PyObject[] fast, int n, int base) {
        switch (n) {
            case 0 -> { }
            case 1 -> Eval.put(fast, 0, s[sp - 1]);
            case 2 -> {
                Eval.put(fast, 0, s[sp - 2]);
                Eval.put(fast, 1, s[sp - 1]);
            }
            case 3 -> {
                Eval.put(fast, 0, s[sp - 3]);
                Eval.put(fast, 1, s[sp - 2]);
                Eval.put(fast, 2, s[sp - 1]);
            }
            default -> {
                // Both arrays are made as new PyObject[n] (Frame): a copy of the same array
                // class needs no store checks.
                System.arraycopy(s, sp - n, fast, 0, n);
            }
        }
        if (sp - base <= 5) {
            for (int i = base; i < sp; i++) {
                s[i] = null;
            }
        } else {
            java.util.Arrays.fill(s, base, sp, null);
        }
    }

    /**
     * On-stack replacement of frame F that runs in its caller's loop (see Eval.loop's
     * JUMP_BACKWARD): runs the rest of F in its compiled code as a frame of its own (its
     * errors are unwound by the compiled code, whose traceback entry is then in place),
     * unlinks it and pushes its result on the caller's stack. Gives the caller.
     */
    static Frame osrInline(Frame f) {
        f.inlined = false;
        PyObject v;
        try {
            v = f.cache.jit.run(f);
        } catch (Throwable t) {
            leaveInline(f);
            throw t;
        }
        Frame caller = leaveInline(f);
        Eval.put(caller.fast, caller.sp++, v);
        return caller;
    }

    /** Frames returning deeper than this are not pooled: a deep recursion leaves no large pool behind. */
    private static final int POOLED_DEPTH = 200;

    /**
     * Frame F, run in place, returned with SP its stack pointer: unless something may still
     * see it (a frame object, a traceback, tracing, the JIT), its locals are cleared and it
     * goes to its code's pool, for the next call run in place (CPython reuses its frames'
     * memory, the thread's data stack, likewise).
     */
    static void recycle(Frame f, int sp) {
        if (f.exposed || f.trace != null || f.locals != null || f.leftJit || f.kwnames != null
                || f.bytecode != f.code.bytecode || f.ts.depth >= POOLED_DEPTH) {
            return;
        }
        PyObject[] fast = f.fast;
        for (int i = 0; i < sp; i++) {
            fast[i] = null;
        }
        f.function = null;
        f.globals = null;
        f.builtins = null;
        CodeCache cc = f.cache;
        f.nextFree = cc.free;
        cc.free = f;
    }

    /** The return of a frame run in place: unlinks it (as Interpreter.execute does) and gives its caller. */
    static Frame leaveInline(Frame f) {
        ThreadState ts = f.ts;
        Frame caller = f.back;
        ts.frame = caller;
        if (f.exposed) {
            Frame.unlinkBack(f);
        } else {
            f.back = null;
        }
        ts.depth--;
        return caller;
    }

    /**
     * An error left the eval loop that runs BASE: the innermost frame running in place
     * above it (or BASE) handles it if it can, else that frame is unlinked and its caller
     * tries, as the Java calls of a general call would. Returns the frame whose handler
     * continues; rethrows from BASE when nothing in it handles the error.
     */
    static Frame unwindInline(Frame base, PyBaseException e) {
        Frame cur = innermostInline(base);
        while (true) {
            PyBaseException up;
            try {
                up = Unwinder.unwind(cur, e);
            } catch (PyBaseException raised) {
                up = raised; // from a trace function
            } catch (StackOverflowError | RuntimeException failed) {
                // Unwinding itself failed (the stack ran out): the caller gets it as it would
                // from a general call, whose Eval.run turns it into a Python exception.
                if (cur == base) {
                    throw failed;
                }
                e = failed instanceof StackOverflowError ? Errors.recursion() : Errors.internal((RuntimeException) failed);
                cur = abandonInline(cur);
                continue;
            } catch (Error failed) {
                dropInline(base);
                throw failed;
            }
            if (up == null) {
                return cur;
            }
            if (cur == base) {
                throw up;
            }
            e = up;
            GenFrame gf = cur.inPlace;
            if (gf != null) {
                PyGenerator gen = gf.gen;
                // A generator resumed in place (FOR_ITER, SEND): it is finished, and its
                // caller gets the error as from PyGenerator.step.
                cur = leaveGen(cur);
                e = gen.inlineRaised(e);
            } else {
                cur = leaveInline(cur);
            }
        }
    }

    /** Unlinks F, run in place, after a failure of the unwinding itself or a Java error: gives its caller. */
    private static Frame abandonInline(Frame f) {
        GenFrame gf = f.inPlace;
        if (gf == null) {
            return leaveInline(f);
        }
        PyGenerator gen = gf.gen;
        Frame caller = leaveGen(f);
        gen.inlineAbandoned();
        return caller;
    }

    /** The innermost frame of the chain of in-place frames above BASE (BASE when there is none). */
    private static Frame innermostInline(Frame base) {
        Frame top = base.ts == null ? null : base.ts.frame;
        for (Frame g = top; g != null; g = g.back) {
            if (g == base) {
                return top;
            }
            if (!g.inlined && g.inPlace == null) {
                return base;
            }
        }
        return base;
    }

    /** A Java error (not a Python one) leaves the loop running BASE: the frames run in place above it are unlinked. */
    static void dropInline(Frame base) {
        Frame top = innermostInline(base);
        while (top != base) {
            top = abandonInline(top);
        }
    }

    /** CALL: stack is (method_or_NULL, callable_or_self, args...). */
    static int call(Frame f, PyObject[] s, int sp, int argc) {
        if (f.kwnames == null) {
            // A Python function called with exactly its positional parameters: the
            // arguments go from this stack straight into the new frame's locals.
            int base = sp - argc - 2;
            PyObject method = s[base];
            PyObject callable = method != null ? method : s[base + 1];
            if (callable instanceof PyFunction fn) {
                int n = method != null ? argc + 1 : argc;
                PyCode code = fn.code;
                CodeCache cc = CodeCache.of(code);
                if (cc.simpleArgc == n) {
                    Frame nf = new Frame(code, cc, fn);
                    // Element by element through Eval.put: no array-store checks, and no call
                    // to the checking arraycopy stub for these few arguments.
                    PyObject[] fast = nf.fast;
                    for (int i = 0, j = sp - n; i < n; i++, j++) {
                        Eval.put(fast, i, s[j]);
                    }
                    PyObject r = Interpreter.execute(nf, f.ts);
                    for (int i = base + 1; i < sp; i++) {
                        s[i] = null;
                    }
                    Eval.put(s, base, r);
                    return base + 1;
                }
            } else if (method == null && callable instanceof BoundJavaMethod bm && bm.takesFast(argc)) {
                // len(x), isinstance(x, t) ...: a builtin function of fixed arity called
                // through its handle with the arguments from this stack (no argument arrays).
                PyObject r = bm.callFast(s, base + 2, argc);
                for (int i = base + 1; i < sp; i++) {
                    s[i] = null;
                }
                Eval.put(s, base, r);
                return base + 1;
            } else if (method instanceof JavaMethod jm && jm.takesMethodFast(argc)) {
                // d.get(k), l.append(x) ...: through the method's handle with self and the
                // arguments from this stack.
                PyObject r = jm.callMethodFast(s, base + 1, argc);
                for (int i = base + 1; i < sp; i++) {
                    s[i] = null;
                }
                Eval.put(s, base, r);
                return base + 1;
            } else if (method instanceof JavaMethod && argc <= 2) {
                // obj.method(a, b) on a builtin: the slot-call fast path, no argument array.
                PyObject self = s[base + 1];
                PyObject r = switch (argc) {
                    case 0 -> Abstract.callDescr(method, self);
                    case 1 -> Abstract.callDescr(method, self, s[base + 2]);
                    default -> Abstract.callDescr(method, self, s[base + 2], s[base + 3]);
                };
                for (int i = base + 1; i < sp; i++) {
                    s[i] = null;
                }
                Eval.put(s, base, r);
                return base + 1;
            }
        }
        String[] kwnames = null;
        if (f.kwnames != null) {
            PyTuple t = (PyTuple) f.kwnames;
            kwnames = new String[t.size()];
            for (int i = 0; i < kwnames.length; i++) {
                kwnames[i] = t.get(i).toString();
            }
            f.kwnames = null;
        }
        int base = sp - argc - 2;
        PyObject method = s[base];
        PyObject callable;
        PyObject[] args;
        if (method != null) {
            callable = method;
            args = new PyObject[argc + 1];
            System.arraycopy(s, base + 1, args, 0, argc + 1);
        } else {
            callable = s[base + 1];
            args = new PyObject[argc];
            System.arraycopy(s, base + 2, args, 0, argc);
        }
        PyObject r = Abstract.call(callable, args, kwnames);
        for (int i = base + 1; i < sp; i++) {
            s[i] = null;
        }
        Eval.put(s, base, r);
        return base + 1;
    }

    /** CALL_FUNCTION_EX: (NULL, func, callargs, kwargs?) -- result. */
    static int callFunctionEx(PyObject[] s, int sp, int flags) {
        PyObject kwargs = (flags & 1) != 0 ? s[--sp] : null;
        PyObject callargs = s[--sp];
        PyObject func = s[--sp];
        s[sp + 1] = null;
        s[sp + 2] = null;
        if (!(callargs instanceof PyTuple)) {
            if (callargs.type().lookup("__iter__") == null && callargs.type().lookup("__getitem__") == null) {
                throw PyErr.typeError(funcName(func) + " argument after * must be an iterable, not "
                    + callargs.type().getName());
            }
            callargs = PyTuple.of(Abstract.toArray(callargs));
        }
        PyObject[] pos = ((PyTuple) callargs).toArray();
        PyObject r;
        if (kwargs == null || (kwargs instanceof PyDict d && d.size() == 0)) {
            r = Abstract.call(func, pos, null);
        } else {
            PyDict d = (PyDict) kwargs;
            int n = d.size();
            PyObject[] all = java.util.Arrays.copyOf(pos, pos.length + n);
            String[] names = new String[n];
            int k = 0;
            for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
                if (!(d.keyAt(i) instanceof PyStr key)) {
                    throw PyErr.typeError("keywords must be strings");
                }
                names[k] = key.toString();
                all[pos.length + k] = d.valueAt(i);
                k++;
            }
            r = Abstract.call(func, all, names);
        }
        Eval.put(s, sp - 1, r);
        s[sp] = null;
        return sp;
    }

    static String funcName(PyObject func) {
        if (func instanceof PyFunction fn) {
            // Compare object.c: _PyObject_FunctionStr (module-qualified unless builtins).
            String mod = fn.module instanceof PyStr ms && !ms.toString().equals("builtins") ? ms + "." : "";
            return mod + fn.qualname + "()";
        }
        if (func instanceof BoundJavaMethod b) {
            return b.getName() + "()";
        }
        if (func instanceof PyType t) {
            return t.getName() + "()";
        }
        if (func instanceof PyBoundMethod m) {
            return funcName(m.func);
        }
        return func.type().getName() + " object";
    }

    // ---- building ----

    static int buildTuple(PyObject[] s, int sp, int n) {
        PyObject[] items = new PyObject[n];
        System.arraycopy(s, sp - n, items, 0, n);
        sp = drop(s, sp, n);
        Eval.put(s, sp++, PyTuple.of(items));
        return sp;
    }

    static int buildList(PyObject[] s, int sp, int n) {
        PyObject[] items = new PyObject[n];
        System.arraycopy(s, sp - n, items, 0, n);
        sp = drop(s, sp, n);
        Eval.put(s, sp++, new PyList(items));
        return sp;
    }

    static int buildSet(PyObject[] s, int sp, int n) {
        PySet set = new PySet(false);
        for (int i = sp - n; i < sp; i++) {
            set.add(s[i]);
        }
        sp = drop(s, sp, n);
        Eval.put(s, sp++, set);
        return sp;
    }

    static int buildMap(PyObject[] s, int sp, int n) {
        PyDict d = new PyDict();
        for (int i = sp - 2 * n; i < sp; i += 2) {
            d.setItem(s[i], s[i + 1]);
        }
        sp = drop(s, sp, 2 * n);
        Eval.put(s, sp++, d);
        return sp;
    }

    static int buildConstKeyMap(PyObject[] s, int sp, int n) {
        PyTuple keys = (PyTuple) s[sp - 1];
        PyDict d = new PyDict();
        for (int i = 0; i < n; i++) {
            d.setItem(keys.get(i), s[sp - 1 - n + i]);
        }
        sp = drop(s, sp, n + 1);
        Eval.put(s, sp++, d);
        return sp;
    }

    static int buildString(PyObject[] s, int sp, int n) {
        // Sized once, as CPython's _PyUnicode_JoinArray does, so the parts are copied once.
        int len = 0;
        for (int i = sp - n; i < sp; i++) {
            len += ((PyStr) s[i]).value().length();
        }
        StringBuilder sb = new StringBuilder(len);
        for (int i = sp - n; i < sp; i++) {
            sb.append(((PyStr) s[i]).value());
        }
        sp = drop(s, sp, n);
        Eval.put(s, sp++, PyStr.of(sb.toString()));
        return sp;
    }

    static int buildSlice(PyObject[] s, int sp, int n) {
        PyObject step = n == 3 ? s[--sp] : PyNone.NONE;
        PyObject stop = s[--sp];
        PyObject start = s[sp - 1];
        s[sp] = null;
        s[sp + 1] = null;
        Eval.put(s, sp - 1, new PySlice(start, stop, step));
        return sp;
    }

    static int binarySlice(PyObject[] s, int sp) {
        PyObject stop = s[--sp];
        PyObject start = s[--sp];
        s[sp] = null;
        s[sp + 1] = null;
        Eval.put(s, sp - 1, Abstract.getItem(s[sp - 1], new PySlice(start, stop, PyNone.NONE)));
        return sp;
    }

    static int storeSlice(PyObject[] s, int sp) {
        PyObject stop = s[sp - 1];
        PyObject start = s[sp - 2];
        PyObject container = s[sp - 3];
        PyObject v = s[sp - 4];
        Abstract.setItem(container, new PySlice(start, stop, PyNone.NONE), v);
        return drop(s, sp, 4);
    }

    static int listExtend(PyObject[] s, int sp, int i) {
        PyObject it = s[--sp];
        s[sp] = null;
        PyList l = (PyList) s[sp - i];
        if (it.type().lookup("__iter__") == null && it.type().lookup("__getitem__") == null) {
            throw PyErr.typeError("Value after * must be an iterable, not " + it.type().getName());
        }
        for (PyObject v : Abstract.toArray(it)) {
            l.append(v);
        }
        return sp;
    }

    static int dictUpdate(PyObject[] s, int sp, int i) {
        PyObject u = s[--sp];
        s[sp] = null;
        PyDict d = (PyDict) s[sp - i];
        if (u instanceof PyDict ud) {
            d.update(ud);
        } else {
            if (Abstract.lookupAttr(u, "keys") == null) {
                throw PyErr.typeError("'" + u.type().getName() + "' object is not a mapping");
            }
            for (PyObject k : Abstract.iterable(Abstract.call(Abstract.getAttr(u, "keys")))) {
                d.setItem(k, Abstract.getItem(u, k));
            }
        }
        return sp;
    }

    /** DICT_MERGE for f(**m): like DICT_UPDATE but duplicate keys are an error. */
    static int dictMerge(PyObject[] s, int sp, int i) {
        PyObject u = s[--sp];
        s[sp] = null;
        PyDict d = (PyDict) s[sp - i];
        PyObject func = s[sp - i - 2];
        if (!(u instanceof PyDict) && Abstract.lookupAttr(u, "keys") == null) {
            throw PyErr.typeError(funcName(func) + " argument after ** must be a mapping, not " + u.type().getName());
        }
        for (PyObject k : Abstract.iterable(u instanceof PyDict ? u : Abstract.call(Abstract.getAttr(u, "keys")))) {
            if (d.containsKey(k)) {
                throw PyErr.typeError(funcName(func) + " got multiple values for keyword argument '" + k + "'");
            }
            d.setItem(k, Abstract.getItem(u, k));
        }
        return sp;
    }

    static int unpackSequence(PyObject[] s, int sp, int n) {
        PyObject[] items = unpackItems(s[--sp], n);
        for (int i = n - 1; i >= 0; i--) {
            Eval.put(s, sp++, items[i]);
        }
        return sp;
    }

    /** The N items of SEQ for UNPACK_SEQUENCE (an array that may be SEQ's own: read only). */
    static PyObject[] unpackItems(PyObject seq, int n) {
        if (seq instanceof PyTuple t && t.size() == n) {
            return t.items();
        }
        if (seq instanceof PyList l && l.size() == n) {
            return l.toArray();
        }
        return unpackIterable(seq, n, -1);
    }

    /** Compare ceval.c: unpack_iterable (messages included). */
    private static PyObject[] unpackIterable(PyObject seq, int before, int after) {
        if (seq.type().lookup("__iter__") == null && !seq.type().indexable()) {
            throw PyErr.typeError("cannot unpack non-iterable " + seq.type().getName() + " object");
        }
        PyObject it = Abstract.iter(seq);
        java.util.List<PyObject> out = new java.util.ArrayList<>();
        for (int i = 0; i < before; i++) {
            PyObject v = Abstract.next(it);
            if (v == null) {
                if (after < 0) {
                    throw PyErr.valueError("not enough values to unpack (expected " + before + ", got " + i + ")");
                }
                throw PyErr.valueError("not enough values to unpack (expected at least " + (before + after) + ", got "
                    + i + ")");
            }
            out.add(v);
        }
        if (after < 0) {
            if (Abstract.next(it) != null) {
                throw PyErr.valueError("too many values to unpack (expected " + before + ")");
            }
            return out.toArray(new PyObject[0]);
        }
        PyList rest = new PyList();
        for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
            rest.append(v);
        }
        if (rest.size() < after) {
            throw PyErr.valueError("not enough values to unpack (expected at least " + (before + after) + ", got "
                + (before + rest.size()) + ")");
        }
        PyObject[] r = rest.toArray();
        PyList star = new PyList(java.util.Arrays.copyOfRange(r, 0, r.length - after));
        out.add(star);
        for (int i = r.length - after; i < r.length; i++) {
            out.add(r[i]);
        }
        return out.toArray(new PyObject[0]);
    }

    static int unpackEx(PyObject[] s, int sp, int arg) {
        int before = arg & 0xff;
        int after = arg >> 8;
        PyObject seq = s[--sp];
        PyObject[] items = unpackIterable(seq, before, after);
        for (int i = items.length - 1; i >= 0; i--) {
            Eval.put(s, sp++, items[i]);
        }
        return sp;
    }

    /** FORMAT_VALUE: conversion in the low 2 bits, a spec on the stack when bit 2 is set. */
    static int formatValue(PyObject[] s, int sp, int arg) {
        String spec = "";
        if ((arg & 4) != 0) {
            spec = ((PyStr) s[--sp]).value();
            s[sp] = null;
        }
        PyObject v = s[sp - 1];
        switch (arg & 3) {
            case 1 -> v = Abstract.str(v);
            case 2 -> v = Abstract.repr(v);
            case 3 -> v = PyStr.of(Formatter.ascii(Abstract.repr(v).value()));
            default -> { }
        }
        Eval.put(s, sp - 1, Formatter.format(v, spec));
        return sp;
    }

    static int makeFunction(Frame f, PyObject[] s, int sp, int flags) {
        PyCode code = (PyCode) s[--sp];
        s[sp] = null;
        PyFunction fn = new PyFunction(code, f.globals, f.builtins);
        if ((flags & 8) != 0) {
            PyTuple cl = (PyTuple) s[--sp];
            s[sp] = null;
            PyCell[] cells = new PyCell[cl.size()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = (PyCell) cl.get(i);
            }
            fn.closure = cells;
        }
        if ((flags & 4) != 0) {
            fn.annotations = s[--sp];
            s[sp] = null;
        }
        if ((flags & 2) != 0) {
            fn.kwdefaults = (PyDict) s[--sp];
            s[sp] = null;
        }
        if ((flags & 1) != 0) {
            fn.setDefaults((PyTuple) s[--sp]);
            s[sp] = null;
        }
        Eval.put(s, sp++, fn);
        return sp;
    }

    // ---- exceptions ----

    /** Sets E's __context__ to the exception being handled, avoiding cycles. Compare errors.c: _PyErr_SetObject. */
    static void chainContext(PyBaseException e) {
        PyBaseException handled = ThreadState.get().topmostHandled();
        if (handled == null || handled == e) {
            return;
        }
        // Break a cycle: if E is already in handled's context chain, cut it there. A cycle
        // already in the chain (user code set __context__) ends the walk: a slower cursor
        // moving every other step meets the walker (Floyd's cycle detection, as CPython).
        PyBaseException o = handled;
        PyBaseException slow = handled;
        boolean moveSlow = false;
        while (o.context != null) {
            if (o.context == e) {
                o.context = null;
                break;
            }
            o = o.context;
            if (o == slow) {
                break;
            }
            if (moveSlow) {
                slow = slow.context;
            }
            moveSlow = !moveSlow;
        }
        e.context = handled;
    }

    /** RAISE_VARARGS: raise, raise exc, raise exc from cause. Compare ceval.c: do_raise. */
    static PyBaseException raise(Frame f, PyObject[] s, int sp, int argc) {
        if (argc == 0) {
            PyBaseException h = ThreadState.get().topmostHandled();
            if (h == null) {
                return PyErr.runtimeError("No active exception to reraise");
            }
            f.reraising = true;
            f.unwindAt = f.lasti;
            return h;
        }
        PyObject cause = argc == 2 ? s[sp - 1] : null;
        PyObject exc = s[sp - argc];
        PyBaseException e = instantiate(exc, false);
        if (cause != null) {
            if (cause == PyNone.NONE) {
                e.cause = null;
            } else {
                PyBaseException c = instantiate(cause, true);
                e.cause = c;
            }
            e.suppressContext = true;
        }
        chainContext(e);
        return e;
    }

    private static PyBaseException instantiate(PyObject exc, boolean isCause) {
        if (exc instanceof PyBaseException e) {
            return e;
        }
        if (exc instanceof PyType t && t.isSubtypeOf(PyExc.BaseException)) {
            PyObject v = Abstract.call(t);
            if (!(v instanceof PyBaseException e)) {
                throw PyErr.typeError("calling " + t + " should have returned an instance of BaseException, not "
                    + v.type().getName());
            }
            return e;
        }
        if (isCause) {
            throw PyErr.typeError("exception causes must derive from BaseException");
        }
        throw PyErr.typeError("exceptions must derive from BaseException");
    }

    /** RERAISE: re-raise without a new traceback entry; with oparg, restore f_lasti from the stack. */
    static PyBaseException reraise(Frame f, PyObject[] s, int sp, int arg) {
        PyBaseException e = (PyBaseException) s[sp - 1];
        f.unwindAt = f.lasti;
        if (arg != 0) {
            f.lasti = (int) ((PyInt) s[sp - 1 - arg]).value;
        }
        f.reraising = true;
        return e;
    }

    /** PUSH_EXC_INFO: (exc -- prev_exc, exc), making exc the handled exception. */
    static int pushExcInfo(PyObject[] s, int sp) {
        ThreadState ts = ThreadState.get();
        PyObject exc = s[sp - 1];
        Eval.put(s, sp - 1, ts.handled == null ? PyNone.NONE : ts.handled);
        Eval.put(s, sp++, exc);
        ts.handled = exc instanceof PyBaseException e ? e : null;
        return sp;
    }

    static void popExcept(PyObject prev) {
        ThreadState.get().handled = prev instanceof PyBaseException e ? e : null;
    }

    /** CHECK_EXC_MATCH. Compare ceval.c: check_except_type_valid. */
    static PyObject checkExcMatch(PyObject exc, PyObject type) {
        checkExceptType(type);
        return org.pyvm.runtime.PyBool.of(Abstract.isInstance(exc, type));
    }

    private static void checkExceptType(PyObject type) {
        if (type instanceof PyTuple t) {
            for (PyObject o : t.items()) {
                checkExceptType(o);
            }
            return;
        }
        if (!(type instanceof PyType ty) || !ty.isSubtypeOf(PyExc.BaseException)) {
            throw PyErr.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
    }

    // ---- with ----

    /** BEFORE_WITH: (mgr -- exit, enter_result). */
    static int beforeWith(PyObject[] s, int sp) {
        PyObject mgr = s[sp - 1];
        PyType t = mgr.type();
        PyObject enter = t.lookup("__enter__");
        if (enter == null) {
            throw PyErr.typeError("'" + t.getName() + "' object does not support the context manager protocol");
        }
        PyObject exit = t.lookup("__exit__");
        if (exit == null) {
            throw PyErr.typeError("'" + t.getName()
                + "' object does not support the context manager protocol (missed __exit__ method)");
        }
        PyObject boundExit = Abstract.bindDescr(exit, mgr, t);
        PyObject r = Abstract.callDescr(enter, mgr);
        Eval.put(s, sp - 1, boundExit);
        Eval.put(s, sp++, r);
        return sp;
    }

    /** WITH_EXCEPT_START: (exit, lasti, prev_exc, val -- exit, lasti, prev_exc, val, res). */
    static int withExceptStart(PyObject[] s, int sp) {
        PyObject exit = s[sp - 4];
        PyObject val = s[sp - 1];
        PyObject tb = val instanceof PyBaseException e && e.traceback != null ? e.traceback : PyNone.NONE;
        Eval.put(s, sp++, Abstract.call(exit, val.type(), val, tb));
        return sp;
    }

    /** BEFORE_ASYNC_WITH: (mgr -- bound __aexit__, result of __aenter__()). */
    static int beforeAsyncWith(PyObject[] s, int sp) {
        PyObject mgr = s[sp - 1];
        PyType t = mgr.type();
        PyObject enter = t.lookup("__aenter__");
        if (enter == null) {
            throw PyErr.typeError("'" + t.getName() + "' object does not support the asynchronous context manager protocol");
        }
        PyObject exit = t.lookup("__aexit__");
        if (exit == null) {
            throw PyErr.typeError("'" + t.getName()
                + "' object does not support the asynchronous context manager protocol (missed __aexit__ method)");
        }
        Eval.put(s, sp - 1, Abstract.bindDescr(exit, mgr, t));
        Eval.put(s, sp++, Abstract.callDescr(enter, mgr));
        return sp;
    }

    /** GET_AITER. Compare bytecodes.c: GET_AITER. */
    static PyObject getAiter(PyObject obj) {
        PyObject m = obj.type().lookup("__aiter__");
        if (m == null) {
            throw PyErr.typeError("'async for' requires an object with __aiter__ method, got " + obj.type().getName());
        }
        PyObject it = Abstract.callDescr(m, obj);
        if (it.type().lookup("__anext__") == null) {
            throw PyErr.typeError("'async for' received an object from __aiter__ that does not implement __anext__: "
                + it.type().getName());
        }
        return it;
    }

    /** GET_ANEXT: the awaitable of aiter.__anext__(). */
    static PyObject getAnext(PyObject aiter) {
        if (aiter instanceof org.pyvm.runtime.PyAsyncGen) {
            return Abstract.callDescr(org.pyvm.runtime.PyAsyncGen.TYPE.lookup("__anext__"), aiter);
        }
        PyObject m = aiter.type().lookup("__anext__");
        PyObject r = Abstract.callDescr(m, aiter);
        try {
            return getAwaitable(r, 0);
        } catch (PyBaseException e) {
            // Whatever went wrong becomes the cause (ceval.c GET_ANEXT: _PyErr_FormatFromCause).
            PyBaseException t = PyErr.typeError("'async for' received an invalid object from __anext__: "
                + r.type().getName());
            t.cause = e;
            t.context = e;
            t.suppressContext = true;
            throw t;
        }
    }

    /** END_ASYNC_FOR: (awaitable, exc --): StopAsyncIteration ends the loop, anything else re-raises. */
    static int endAsyncFor(Frame f, PyObject[] s, int sp) {
        PyObject exc = s[sp - 1];
        if (exc instanceof PyBaseException e && e.matches(PyExc.StopAsyncIteration)) {
            return drop(s, sp, 2);
        }
        f.reraising = true;
        f.unwindAt = f.lasti;
        throw (PyBaseException) exc;
    }

    /** CLEANUP_THROW: (sub_iter, last_sent, exc -- None, value) for StopIteration, else re-raise. */
    static int cleanupThrow(Frame f, PyObject[] s, int sp) {
        PyObject exc = s[sp - 1];
        if (exc instanceof PyBaseException e && e.matches(PyExc.StopIteration)) {
            PyObject v = e.firstArg();
            sp = drop(s, sp, 3);
            Eval.put(s, sp++, PyNone.NONE);
            Eval.put(s, sp++, v == null ? PyNone.NONE : v);
            return sp;
        }
        // Re-raised as it is ("goto exception_unwind" in bytecodes.c): no second traceback entry.
        f.reraising = true;
        f.unwindAt = f.lasti;
        throw (PyBaseException) exc;
    }

    // ---- generators ----

    static PyObject makeGenerator(Frame f) {
        // A safe point to close the generators found unreachable since (see GenFinalizer).
        org.pyvm.runtime.GenFinalizer.drain();
        // Named after the function (whose __name__ may have been changed). Compare genobject.c: make_gen.
        String name = f.function == null ? f.code.name : f.function.name;
        String qualname = f.function == null ? f.code.qualname : f.function.qualname;
        if ((f.code.flags & org.pyvm.bytecode.CodeObject.CO_ASYNC_GENERATOR) != 0) {
            return new org.pyvm.runtime.PyAsyncGen(new GenFrame(f), name, qualname);
        }
        boolean coro = (f.code.flags & org.pyvm.bytecode.CodeObject.CO_COROUTINE) != 0;
        PyGenerator g = new PyGenerator(new GenFrame(f), name, qualname, coro);
        if (coro) {
            int depth = PyGenerator.originTrackingDepth();
            if (depth > 0) {
                g.recordOrigin(f.back, depth);
            }
            if (!awaitedAtOnce(f.back)) {
                g.watchUnawaited();
            }
        }
        return (f.code.flags & org.pyvm.bytecode.CodeObject.CO_ITERABLE_COROUTINE) != 0 ? g.markIterableCoroutine() : g;
    }

    /**
     * Whether the coroutine CALLER's current CALL just made is awaited by the next
     * instruction (`await f()`: CALL, GET_AWAITABLE, then SEND starts it). Such a coroutine
     * cannot be left unawaited, so it needs no watch for the "never awaited" warning (see
     * PyGenerator.watchUnawaited), which keeps the common `await f()` free of that cost.
     */
    private static boolean awaitedAtOnce(Frame caller) {
        if (caller == null) {
            return false;
        }
        byte[] code = caller.bytecode;
        int at = caller.lasti;
        int next = at + 2 + 2 * Opcode.cacheEntries(Opcode.CALL);
        return at >= 0 && next < code.length && (code[at] & 0xff) == Opcode.CALL
            && (code[next] & 0xff) == Opcode.GET_AWAITABLE;
    }

    /** GET_AWAITABLE. Compare genobject.c: _PyCoro_GetAwaitableIter and ceval.c: format_awaitable_error. */
    static PyObject getAwaitable(PyObject o, int where) {
        if (o instanceof PyGenerator g && g.isAwaitable()) {
            if (g.isCoroutine() && g.yieldingFrom() != null) {
                throw PyErr.runtimeError("coroutine is being awaited already");
            }
            return g;
        }
        PyObject m = o.type().lookup("__await__");
        if (m == null) {
            if (where == 1) {
                throw PyErr.typeError("'async with' received an object from __aenter__ that does not implement __await__: "
                    + o.type().getName());
            }
            if (where == 2) {
                throw PyErr.typeError("'async with' received an object from __aexit__ that does not implement __await__: "
                    + o.type().getName());
            }
            throw PyErr.typeError("object " + o.type().getName() + " can't be used in 'await' expression");
        }
        PyObject it = Abstract.callDescr(m, o);
        if (it instanceof PyGenerator g && g.isAwaitable()) {
            throw PyErr.typeError("__await__() returned a coroutine");
        }
        if (!(it instanceof PyIterator) && it.type().lookup("__next__") == null) {
            throw PyErr.typeError("__await__() returned non-iterator of type '" + it.type().getName() + "'");
        }
        return it;
    }

    /** SEND: the next value from the receiver, or null when it finished (see {@link #lastReturn}). */
    static PyObject send(PyObject receiver, PyObject v) {
        if (receiver instanceof PyGenerator g) {
            return g.step(v, null);
        }
        PyGenerator awaited = PyGenerator.wrappedCoroutine(receiver);
        if (awaited != null) {
            return awaited.step(v, null);
        }
        if (v == PyNone.NONE && receiver instanceof PyIterator it) {
            PyObject r = it.next();
            if (r == null) {
                LAST_RETURN.set(PyNone.NONE);
            }
            return r;
        }
        try {
            if (v == PyNone.NONE) {
                PyObject nx = receiver.type().lookup("__next__");
                if (nx == null) {
                    throw PyErr.typeError("'" + receiver.type().getName() + "' object is not an iterator");
                }
                return Abstract.callDescr(nx, receiver);
            }
            return Abstract.call(Abstract.getAttr(receiver, "send"), v);
        } catch (PyBaseException e) {
            if (e.matches(PyExc.StopIteration)) {
                PyObject r = e.firstArg();
                LAST_RETURN.set(r == null ? PyNone.NONE : r);
                return null;
            }
            throw e;
        }
    }

    private static final ThreadLocal<PyObject> LAST_RETURN = new ThreadLocal<>();

    static PyObject lastReturn(PyObject receiver) {
        if (receiver instanceof PyGenerator g) {
            return g.lastReturn;
        }
        PyGenerator awaited = PyGenerator.wrappedCoroutine(receiver);
        if (awaited != null) {
            return awaited.lastReturn;
        }
        PyObject r = LAST_RETURN.get();
        return r == null ? PyNone.NONE : r;
    }

    static PyObject yieldFromIter(Frame f, PyObject o) {
        if (o instanceof PyGenerator g) {
            // Compare bytecodes.c: GET_YIELD_FROM_ITER.
            if (g.isCoroutine() && (f.code.flags & (org.pyvm.bytecode.CodeObject.CO_COROUTINE
                | org.pyvm.bytecode.CodeObject.CO_ITERABLE_COROUTINE)) == 0) {
                throw PyErr.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
            }
            return o;
        }
        return Abstract.iter(o);
    }

    // ---- intrinsics ----

    static PyObject intrinsic1(Frame f, int which, PyObject v) {
        return switch (which) {
            case 1 -> {
                // INTRINSIC_PRINT: the interactive echo through sys.displayhook (intrinsics.c: print_expr).
                PyObject hook = PyRuntime.builtinModule("sys").getDict().getStr("displayhook");
                if (hook == null) {
                    throw PyErr.runtimeError("lost sys.displayhook");
                }
                yield Abstract.call(hook, v);
            }
            case 2 -> {
                Imports.importStar(f, v);
                yield PyNone.NONE;
            }
            case 3 -> {
                // INTRINSIC_STOPITERATION_ERROR: a StopIteration leaving a generator.
                // Compare CPython Python/intrinsics.c: stopiteration_error.
                int flags = f.code.flags;
                boolean agen = (flags & org.pyvm.bytecode.CodeObject.CO_ASYNC_GENERATOR) != 0;
                String kind = agen ? "async generator"
                    : (flags & org.pyvm.bytecode.CodeObject.CO_COROUTINE) != 0 ? "coroutine" : "generator";
                boolean stopAsync = agen && v instanceof PyBaseException ea && ea.matches(PyExc.StopAsyncIteration);
                if (v instanceof PyBaseException e && (stopAsync || e.matches(PyExc.StopIteration))) {
                    PyBaseException r = PyErr.runtimeError(kind + " raised " + (stopAsync ? "StopAsyncIteration" : "StopIteration"));
                    r.cause = e;
                    r.context = e;
                    r.suppressContext = true;
                    yield r;
                }
                yield v;
            }
            case 4 -> org.pyvm.runtime.PyAsyncGen.wrap(v);
            case 5 -> org.pyvm.runtime.Ops.unary(v, org.pyvm.runtime.Slot.POS, "+");
            case 6 -> PyTuple.of(((PyList) v).toArray());
            case 7 -> org.pyvm.runtime.typing.PyTypeVar.make(v, null, null);
            case 8 -> org.pyvm.runtime.typing.PyParamSpec.make(v);
            case 9 -> org.pyvm.runtime.typing.PyTypeVarTuple.make(v);
            case 10 -> org.pyvm.runtime.typing.Generic.subscript(v);
            case 11 -> org.pyvm.runtime.typing.PyTypeAlias.make(v);
            default -> throw unsupported(Opcode.INTRINSIC_1.get(which).toLowerCase());
        };
    }

    static PyObject intrinsic2(int which, PyObject a, PyObject b) {
        // Compare CPython Python/intrinsics.c: _PyIntrinsics_BinaryFunctions.
        return switch (which) {
            case 1 -> org.pyvm.runtime.ExceptionGroups.prepReraiseStar(a, (PyList) b);
            case 2 -> org.pyvm.runtime.typing.PyTypeVar.make(a, b, null);
            case 3 -> org.pyvm.runtime.typing.PyTypeVar.make(a, null, b);
            case 4 -> {
                // INTRINSIC_SET_FUNCTION_TYPE_PARAMS: (function, type_params) -> function.
                ((org.pyvm.runtime.PyFunction) a).typeParams = b;
                yield a;
            }
            default -> throw unsupported(Opcode.INTRINSIC_2.get(which).toLowerCase());
        };
    }

    /** CHECK_EG_MATCH: (exc, type -- rest, match). Compare ceval.c: exception_group_match. */
    static void checkEgMatch(Frame f, PyObject[] s, int sp) {
        PyObject type = s[sp - 1];
        checkExceptType(type);
        if (type instanceof PyType t && t.isSubtypeOf(PyExc.BaseExceptionGroup)
            || type instanceof PyTuple tu && java.util.Arrays.stream(tu.items())
                .anyMatch(o -> o instanceof PyType t2 && t2.isSubtypeOf(PyExc.BaseExceptionGroup))) {
            throw PyErr.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
        PyObject[] mr = org.pyvm.runtime.ExceptionGroups.match(s[sp - 2], type, f);
        Eval.put(s, sp - 2, mr[1]);
        Eval.put(s, sp - 1, mr[0]);
        if (mr[0] != PyNone.NONE) {
            ThreadState.get().handled = (PyBaseException) mr[0];
        }
    }

    // ---- imports and match ----

    static int importName(Frame f, PyObject[] s, int sp, int i) {
        PyObject fromlist = s[--sp];
        PyObject level = s[sp - 1];
        s[sp] = null;
        Eval.put(s, sp - 1, Imports.importName(f, f.code.names[i], fromlist, level));
        return sp;
    }

    static PyObject importFrom(PyObject module, PyStr name) {
        return Imports.importFrom(module, name);
    }

    /** MATCH_MAPPING: the subject's type has Py_TPFLAGS_MAPPING. Compare bytecodes.c: MATCH_MAPPING. */
    static PyObject matchMapping(PyObject subject) {
        return org.pyvm.runtime.PyBool.of((subject.type().collectionFlags() & PyType.MAPPING) != 0);
    }

    /** MATCH_SEQUENCE: the subject's type has Py_TPFLAGS_SEQUENCE. Compare bytecodes.c: MATCH_SEQUENCE. */
    static PyObject matchSequence(PyObject subject) {
        return org.pyvm.runtime.PyBool.of((subject.type().collectionFlags() & PyType.SEQUENCE) != 0);
    }

    private static final PyObject MISSING = new org.pyvm.runtime.PyInstance(PyType.OBJECT);

    /** MATCH_KEYS: (subject, keys -- subject, keys, values_or_None). */
    static PyObject matchKeys(PyObject subject, PyObject keys) {
        PyObject[] ks = ((PyTuple) keys).items();
        PyObject[] vals = new PyObject[ks.length];
        // Keys computed at run time (Keys.KEY) may repeat one another: an error, as at compile time.
        org.pyvm.runtime.PySet seen = ks.length > 1 ? new org.pyvm.runtime.PySet(false) : null;
        for (int i = 0; i < ks.length; i++) {
            if (seen != null && !seen.add(ks[i])) {
                throw PyErr.valueError("mapping pattern checks duplicate key (" + Abstract.repr(ks[i]).value() + ")");
            }
            // The mapping's get(), never __getitem__ (which could call __missing__). Compare ceval.c: match_keys.
            PyObject v = subject instanceof PyDict d && subject.getClass() == PyDict.class ? d.get(ks[i])
                : Abstract.call(Abstract.getAttr(subject, "get"), ks[i], MISSING);
            if (v == MISSING) {
                v = null;
            }
            if (v == null) {
                return PyNone.NONE;
            }
            vals[i] = v;
        }
        return PyTuple.of(vals);
    }

    /** MATCH_CLASS: (subject, cls, names -- attrs_or_None). Compare ceval.c: match_class. */
    static int matchClass(PyObject[] s, int sp, int npos) {
        PyObject names = s[--sp];
        PyObject cls = s[--sp];
        PyObject subject = s[sp - 1];
        s[sp] = null;
        s[sp + 1] = null;
        if (!(cls instanceof PyType t)) {
            throw PyErr.typeError("called match pattern must be a class");
        }
        if (!Abstract.isInstance(subject, t)) {
            Eval.put(s, sp - 1, PyNone.NONE);
            return sp;
        }
        java.util.List<PyObject> out = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        if (npos > 0) {
            PyObject margs = Abstract.lookupAttr(t, "__match_args__");
            boolean self = margs == null && isSelfMatching(t);
            if (self) {
                if (npos > 1) {
                    throw PyErr.typeError(t.getName() + "() accepts 1 positional sub-pattern (" + npos + " given)");
                }
                out.add(subject);
            } else {
                if (margs == null) {
                    throw PyErr.typeError(t.getName() + "() accepts 0 positional sub-patterns (" + npos + " given)");
                }
                if (!(margs instanceof PyTuple mt)) {
                    throw PyErr.typeError(t.getName() + ".__match_args__ must be a tuple (got "
                        + margs.type().getName() + ")");
                }
                if (npos > mt.size()) {
                    throw PyErr.typeError(t.getName() + "() accepts " + mt.size() + " positional sub-pattern"
                        + (mt.size() == 1 ? "" : "s") + " (" + npos + " given)");
                }
                for (int i = 0; i < npos; i++) {
                    if (!(mt.get(i) instanceof PyStr name) || mt.get(i).type() != PyStr.TYPE) {
                        throw PyErr.typeError("__match_args__ elements must be strings (got "
                            + mt.get(i).type().getName() + ")");
                    }
                    PyObject v = matchClassAttr(subject, t, name, seen);
                    if (v == null) {
                        Eval.put(s, sp - 1, PyNone.NONE);
                        return sp;
                    }
                    out.add(v);
                }
            }
        }
        for (PyObject n : ((PyTuple) names).items()) {
            PyObject v = matchClassAttr(subject, t, (PyStr) n, seen);
            if (v == null) {
                Eval.put(s, sp - 1, PyNone.NONE);
                return sp;
            }
            out.add(v);
        }
        Eval.put(s, sp - 1, PyTuple.of(out));
        return sp;
    }

    /** One attribute for a class pattern; each name once. Compare ceval.c: match_class_attr. */
    private static PyObject matchClassAttr(PyObject subject, PyType t, PyStr name, java.util.Set<String> seen) {
        if (!seen.add(name.value())) {
            throw PyErr.typeError(t.getName() + "() got multiple sub-patterns for attribute "
                + Abstract.repr(name).value());
        }
        return Abstract.lookupAttr(subject, name);
    }

    private static boolean isSelfMatching(PyType t) {
        for (String n : new String[] {"bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set",
            "str", "tuple"}) {
            for (PyType m : t.getMro()) {
                if (!m.isHeapType() && m.getName().equals(n)) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- unsupported ----

    static PyBaseException unsupported(String what) {
        return PyErr.notSupported(what);
    }

    /**
     * The eval breaker at RESUME and JUMP_BACKWARD: runs pending signal handlers (a signal
     * sets dropRequest and interrupts the main thread), then hands the GIL over when
     * another thread waits.
     */
    static void evalBreaker() {
        if (org.pyvm.runtime.Gil.dropRequest) {
            breakerSlowPath();
        }
    }

    private static void breakerSlowPath() {
        if (org.pyvm.runtime.Finalization.pending) {
            // __del__ of objects the collector found unreachable (Finalization.Trigger).
            org.pyvm.runtime.Finalization.runPending();
        }
        if (Thread.currentThread().isInterrupted()) {
            onInterrupt();
        } else if (org.pyvm.runtime.Interrupts.tripped && org.pyvm.runtime.Interrupts.isMainThread()) {
            PyBaseException e = org.pyvm.runtime.Interrupts.checkNow();
            if (e != null) {
                throw e;
            }
        }
        org.pyvm.runtime.Gil.yieldNow();
        if (org.pyvm.runtime.Interrupts.tripped) {
            // Another thread got here first: keep the request up until the main thread runs the handlers.
            org.pyvm.runtime.Gil.dropRequest = true;
        }
    }

    /** The thread was interrupted: a signal's Python handler runs here (it may raise), else KeyboardInterrupt. */
    static void onInterrupt() {
        PyBaseException e = org.pyvm.runtime.Interrupts.take();
        if (e != null) {
            throw e;
        }
    }

    /** The exception an interrupt raises (null when a signal handler ran and returned). */
    static PyBaseException interrupted() {
        return org.pyvm.runtime.Interrupts.take();
    }

    static PyBaseException unknownOpcode(int op) {
        return PyErr.notSupported("opcode " + Opcode.name(op));
    }

    /**
     * A byte that names no opcode (put there by code.replace): CPython's SystemError, with the
     * frame's file and line. Compare ceval.c's "unknown opcode" default case.
     */
    static PyBaseException unknownOpcode(Frame f, int op) {
        if (Opcode.info(op) != null) {
            return unknownOpcode(op);
        }
        return PyErr.systemError(f.code().filename + ":" + f.lineno() + ": unknown opcode " + op);
    }
}
