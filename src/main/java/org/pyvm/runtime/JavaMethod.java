package org.pyvm.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;

/**
 * A method or function written in Java and exposed with {@link ExposedMethod}: CPython's
 * method_descriptor (when it has an owner type and a self) and builtin function. The Java
 * method is adapted once, when the type is built, to a {@link MethodHandle} of a uniform
 * shape: fixed arity {@code (PyObject...)PyObject}, or {@code (PyObject, PyObject[],
 * String[])PyObject} for the general form. Slots call the fixed shapes directly
 * ({@link #call1}, {@link #call2}).
 */
public final class JavaMethod implements PyObject, Callable {

    public static final PyType TYPE = PyType.builtin("method_descriptor", JavaMethod.class, JavaMethod.class)
        .notSubclassable();

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    final String name;
    /** The type declaring the method, or null for a module function. */
    final PyType owner;
    /** True when the Java method takes self (or the class, for a class method). */
    final boolean hasSelf;
    /** Arguments after self for the fixed form; -1 for the general form. */
    final int arity;
    final int min;
    final String[] names;
    private final boolean classMethod;
    /** Count errors worded as PyArg_ParseTuple's ({@link ExposedMethod#parseTuple()}). */
    private boolean parseTuple;
    /** Whether this is a __new__, whose "self" is the type to make. */
    private final boolean isNew;
    /**
     * The adapted handle, made on the first call ({@link #mh()}): most methods of a type
     * are never called in a run, and adapting a handle costs far more at start-up than
     * reading its annotation (it may spin LambdaForm classes).
     */
    private MethodHandle mh;
    /** The Java method, until {@link #mh} is made. */
    private Method method;
    /** For a module function: its module's name when not builtins (the "math." of math.sqrt() messages). */
    private String modulePrefix;
    /** For a module function: the module (or type, for a static method) it was made for. */
    private PyObject home;

    private JavaMethod(String name, PyType owner, boolean hasSelf, int arity, int min, String[] names,
                       boolean classMethod, Method method) {
        this.name = name;
        this.owner = owner;
        this.hasSelf = hasSelf;
        this.arity = arity;
        this.min = min;
        this.names = names;
        this.classMethod = classMethod;
        this.isNew = name.equals("__new__");
        this.method = method;
    }

    /**
     * The descriptor of a special method a builtin type defines through a slot
     * ({@code object.__init__}, {@code int.__add__}): CPython's wrapper_descriptor.
     */
    public static final PyType WRAPPER_TYPE = PyType.builtin("wrapper_descriptor", JavaMethod.class, JavaMethod.class)
        .notSubclassable();

    /** 0: not known yet, 1: a method descriptor, 2: a slot wrapper. */
    private byte kind;

    /** Whether CPython makes this method a slot wrapper (an instance method of a type named in its slot table). */
    boolean isSlotWrapper() {
        byte k = kind;
        if (k == 0) {
            kind = k = owner != null && hasSelf && !classMethod && SLOT_WRAPPERS.contains(name)
                && !COEXIST.contains(owner.getName() + "." + name) ? (byte) 2 : (byte) 1;
        }
        return k == 2;
    }

    @Override
    public PyType type() {
        return isSlotWrapper() ? WRAPPER_TYPE : TYPE;
    }

    public String getName() {
        return name;
    }

    /** The builtin-function face of a type's __new__ (made once). */
    private BoundJavaMethod typeNewWrapper;

    /** What Python code sees for this method in a static-method wrapper: itself, or for a builtin type's __new__ a function bound to the type. */
    PyObject asStatic() {
        if (!isNew || owner == null) {
            return this;
        }
        BoundJavaMethod w = typeNewWrapper;
        if (w == null) {
            w = typeNewWrapper = BoundJavaMethod.typeNew(owner, this);
        }
        return w;
    }

    boolean isClassMethod() {
        return classMethod;
    }

    /** Builds the descriptor for Java method {@code m} of builtin type {@code owner}. */
    static JavaMethod of(Method m, ExposedMethod em, String name, PyType owner) {
        return make(m, em, name, owner, true);
    }

    /**
     * A method of OWNER that is not in OWNER's dict, for {@link BoundJavaMethod#bind}: what C
     * code makes with PyCFunction_New(&def, self) (_asyncio's task_wakeup).
     */
    public static JavaMethod unlisted(Method m, String name, PyType owner) {
        return make(m, ExposedDecls.method(m), name, owner, true);
    }

    /** A module-level function: no self; bound to the module as CPython's builtins are. */
    public static BoundJavaMethod function(Method m, ExposedMethod em, String name, PyObject module) {
        JavaMethod jm = make(m, em, name, null, false);
        jm.home = module;
        if (module instanceof PyModule pm && !pm.getName().equals("builtins")) {
            jm.modulePrefix = pm.getName() + ".";
        }
        return new BoundJavaMethod(module, jm);
    }

    private static JavaMethod make(Method m, ExposedMethod em, String name, PyType owner, boolean withSelf) {
        // The parameters of the handle unreflect(m) gives: the receiver first for an instance method.
        Class<?>[] declared = m.getParameterTypes();
        Class<?>[] ps = declared;
        if (!java.lang.reflect.Modifier.isStatic(m.getModifiers())) {
            ps = new Class<?>[declared.length + 1];
            ps[0] = m.getDeclaringClass();
            System.arraycopy(declared, 0, ps, 1, declared.length);
        }
        int first = withSelf ? 1 : 0;
        boolean general = ps.length == first + 2 && ps[first] == PyObject[].class && ps[first + 1] == String[].class;
        int arity = general ? -1 : ps.length - first;
        int min = em.min() < 0 ? Math.max(arity, 0) : em.min();
        JavaMethod jm = new JavaMethod(name, owner, withSelf, arity, min, em.names(), em.classMethod(), m);
        jm.parseTuple = em.parseTuple();
        return jm;
    }

    /**
     * How many times a method is called through core reflection before its handle is made.
     * Adapting a handle spins LambdaForm classes, milliseconds each at start-up, which pays
     * off only for a method called often; most methods a run calls are called a few times.
     * (bin/pyvm runs the JVM with jdk.reflect.useNativeAccessorOnly, so that a reflective
     * call is a plain call into the VM, which spins nothing either.)
     */
    static final int COLD_CALLS = 50;
    /** Marks a call {@link #callCold} leaves to the handle. */
    private static final Object HOT = new Object();
    private int calls;

    /** Calls the method through reflection while it is cold; {@link #HOT} when the handle should. */
    private Object callCold(Object... params) {
        Method m = method;
        if (m == null || ++calls > COLD_CALLS) {
            return HOT;
        }
        return reflect(m, params);
    }

    /**
     * Calls M with PARAMS (the receiver first for an instance method) through core
     * reflection, its result converted as {@link #handle} converts it; {@link #HOT} when the
     * arguments do not suit M's Java types (the handle then fails as it always did).
     */
    @SuppressWarnings("deprecation") // isAccessible: the override flag, which is all this asks
    static Object reflect(Method m, Object[] params) {
        Object r;
        try {
            if (!m.isAccessible()) {
                // Once per Method object: setAccessible checks the caller's module access
                // (a stack walk and more) each time, which cold calls made at every call.
                m.setAccessible(true);
            }
            r = java.lang.reflect.Modifier.isStatic(m.getModifiers()) ? m.invoke(null, params)
                : m.invoke(params[0], java.util.Arrays.copyOfRange(params, 1, params.length));
        } catch (java.lang.reflect.InvocationTargetException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error er) {
                throw er;
            }
            throw new IllegalStateException(c);
        } catch (IllegalAccessException | IllegalArgumentException e) {
            return HOT;
        }
        Class<?> rt = m.getReturnType();
        if (rt == void.class) {
            return PyNone.NONE;
        }
        // instanceof tests, not a pattern switch: its typeSwitch bootstrap spins a class at
        // the first cold call of every run (milliseconds, in the bytecode interpreter).
        if (r instanceof Boolean b) {
            return PyBool.of(b);
        } else if (r instanceof Long l) {
            return PyInt.of(l.longValue());
        } else if (r instanceof Integer i) {
            return PyInt.of(i.intValue());
        } else if (r instanceof Double d) {
            return PyFloat.of(d.doubleValue());
        } else if (r instanceof String str) {
            return PyStr.of(str);
        }
        return r;
    }

    static boolean isHot(Object r) {
        return r == HOT;
    }

    /** The method's handle in the uniform shape; made on the first call. */
    private MethodHandle mh() {
        MethodHandle h = mh;
        return h != null ? h : adapt();
    }

    private synchronized MethodHandle adapt() {
        if (mh != null) {
            return mh;
        }
        MethodHandle h = handle(method);
        MethodType shape;
        if (arity < 0) {
            shape = hasSelf
                ? MethodType.methodType(PyObject.class, PyObject.class, PyObject[].class, String[].class)
                : MethodType.methodType(PyObject.class, PyObject[].class, String[].class);
        } else {
            Class<?>[] all = new Class<?>[h.type().parameterCount()];
            java.util.Arrays.fill(all, PyObject.class);
            shape = MethodType.methodType(PyObject.class, all);
        }
        h = h.asType(shape);
        mh = h;
        method = null;
        return h;
    }

    /** A handle for M returning a PyObject: Java results are converted once, here. */
    static MethodHandle handle(Method m) {
        try {
            m.setAccessible(true);
            MethodHandle h = LOOKUP.unreflect(m);
            Class<?> r = m.getReturnType();
            if (r == void.class) {
                h = MethodHandles.filterReturnValue(h, MethodHandles.constant(PyObject.class, PyNone.NONE));
            } else if (r != PyObject.class && !PyObject.class.isAssignableFrom(r)) {
                MethodHandle conv = switch (r.getName()) {
                    case "boolean" -> LOOKUP.findStatic(PyBool.class, "of", MethodType.methodType(PyBool.class, boolean.class));
                    case "long" -> LOOKUP.findStatic(PyInt.class, "of", MethodType.methodType(PyInt.class, long.class));
                    case "int" -> LOOKUP.findStatic(PyInt.class, "of", MethodType.methodType(PyInt.class, int.class));
                    case "double" -> LOOKUP.findStatic(PyFloat.class, "of", MethodType.methodType(PyFloat.class, double.class));
                    case "java.lang.String" -> LOOKUP.findStatic(PyStr.class, "of", MethodType.methodType(PyStr.class, String.class));
                    default -> throw new IllegalArgumentException("cannot expose " + m + ": return type " + r);
                };
                h = MethodHandles.filterReturnValue(h, conv);
            }
            return h.asType(h.type().changeReturnType(PyObject.class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot expose " + m, e);
        }
    }

    // ---- calling ----

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (!hasSelf) {
            return invoke(null, args, 0, kwnames);
        }
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (args.length - nkw < 1) {
            throw PyErr.typeError("unbound method " + qualName() + "() needs an argument");
        }
        checkSelf(args[0]);
        return invoke(args[0], args, 1, kwnames);
    }

    /** Calls with SELF and ARGS[from..] (positional, then keyword values). */
    PyObject invoke(PyObject self, PyObject[] args, int from, String[] kwnames) {
        try {
            if (arity < 0) {
                PyObject[] rest = from == 0 ? args : java.util.Arrays.copyOfRange(args, from, args.length);
                if (mh == null) {
                    Object r = hasSelf ? callCold(self, rest, kwnames) : callCold(rest, kwnames);
                    if (r != HOT) {
                        return (PyObject) r;
                    }
                }
                return hasSelf ? (PyObject) mh().invokeExact(self, rest, kwnames) : (PyObject) mh().invokeExact(rest, kwnames);
            }
            PyObject[] a = fixedArgs(args, from, kwnames);
            if (mh == null) {
                Object[] params = a;
                if (hasSelf) {
                    params = new Object[arity + 1];
                    params[0] = self;
                    System.arraycopy(a, 0, params, 1, arity);
                }
                Object r = callCold(params);
                if (r != HOT) {
                    return (PyObject) r;
                }
            }
            if (!hasSelf) {
                return switch (arity) {
                    case 0 -> (PyObject) mh().invokeExact();
                    case 1 -> (PyObject) mh().invokeExact(a[0]);
                    case 2 -> (PyObject) mh().invokeExact(a[0], a[1]);
                    case 3 -> (PyObject) mh().invokeExact(a[0], a[1], a[2]);
                    case 4 -> (PyObject) mh().invokeExact(a[0], a[1], a[2], a[3]);
                    default -> (PyObject) mh().invokeWithArguments((Object[]) a);
                };
            }
            return switch (arity) {
                case 0 -> (PyObject) mh().invokeExact(self);
                case 1 -> (PyObject) mh().invokeExact(self, a[0]);
                case 2 -> (PyObject) mh().invokeExact(self, a[0], a[1]);
                case 3 -> (PyObject) mh().invokeExact(self, a[0], a[1], a[2]);
                case 4 -> (PyObject) mh().invokeExact(self, a[0], a[1], a[2], a[3]);
                default -> throw new IllegalStateException("arity " + arity);
            };
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /**
     * Whether {@link #callFixed} takes N positional arguments: a fixed-arity method of at
     * most three arguments (after self) that takes N, whose handle is made (it was called
     * often). The general path ({@link #invoke}) raises the count errors.
     */
    boolean takesFixed(int n) {
        return mh != null && arity >= 0 && arity <= 3 && n >= min && n <= arity;
    }

    /**
     * Whether {@link #callMethodFast} takes N positional arguments after self: an instance
     * method of a builtin type (not a class method), of fixed arity, see {@link #takesFixed}.
     */
    public boolean takesMethodFast(int n) {
        return hasSelf && owner != null && !classMethod && takesFixed(n);
    }

    /**
     * obj.name(args...) on a builtin method found on the type (the method form of LOAD_ATTR
     * pushed it unbound with self): self is S[AT], the N arguments follow it. What
     * Abstract.callDescr does, without its argument array or the one invoke's fixedArgs makes
     * for an optional argument not given ({@code d.get(k)}). Only when {@link #takesMethodFast}(N).
     */
    public PyObject callMethodFast(PyObject[] s, int at, int n) {
        PyObject self = s[at];
        checkSelf(self);
        return callFixed(self, s, at + 1, n);
    }

    /**
     * A call with N positional arguments S[AT..AT+N) (after SELF, when the method takes one)
     * straight through the handle, without the argument arrays of {@link #invoke} (CALL of
     * len, isinstance ... from the eval loop, Steps.call). Only when {@link #takesFixed}(N).
     */
    PyObject callFixed(PyObject self, PyObject[] s, int at, int n) {
        MethodHandle h = mh;
        int k = arity;
        // Optional arguments not given are null, as fixedArgs leaves them.
        PyObject a = n > 0 ? s[at] : null;
        PyObject b = n > 1 ? s[at + 1] : null;
        PyObject c = n > 2 ? s[at + 2] : null;
        try {
            if (!hasSelf) {
                return switch (k) {
                    case 0 -> (PyObject) h.invokeExact();
                    case 1 -> (PyObject) h.invokeExact(a);
                    case 2 -> (PyObject) h.invokeExact(a, b);
                    default -> (PyObject) h.invokeExact(a, b, c);
                };
            }
            return switch (k) {
                case 0 -> (PyObject) h.invokeExact(self);
                case 1 -> (PyObject) h.invokeExact(self, a);
                case 2 -> (PyObject) h.invokeExact(self, a, b);
                default -> (PyObject) h.invokeExact(self, a, b, c);
            };
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Places positional and keyword arguments for the fixed form; checks counts. */
    private PyObject[] fixedArgs(PyObject[] args, int from, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - from - nkw;
        if (nkw > 0 && names.length == 0) {
            throw PyErr.typeError(functionStr() + "() takes no keyword arguments");
        }
        if (npos > arity || (nkw == 0 && npos < min)) {
            throw countError(npos);
        }
        PyObject[] a = new PyObject[arity];
        System.arraycopy(args, from, a, 0, npos);
        for (int k = 0; k < nkw; k++) {
            int idx = java.util.Arrays.asList(names).indexOf(kwnames[k]);
            if (idx < 0) {
                throw PyErr.typeError(displayName() + "() got an unexpected keyword argument '" + kwnames[k] + "'");
            }
            if (a[idx] != null) {
                throw PyErr.typeError("argument for " + displayName() + "() given by name ('" + kwnames[k]
                    + "') and position (" + (idx + 1) + ")");
            }
            a[idx] = args[from + npos + k];
        }
        for (int i = 0; i < min; i++) {
            if (a[i] == null) {
                throw PyErr.typeError(displayName() + "() missing required argument '"
                    + (i < names.length ? names[i] : "arg" + i) + "' (pos " + (i + 1) + ")");
            }
        }
        return a;
    }

    private PyBaseException countError(int n) {
        if (isSlotWrapper() && !parseTuple && !OWN_PARSING.contains(name)) {
            return wrapperCountError(n);
        }
        if (parseTuple) {
            // Compare getargs.c: vgetargs1_impl.
            int k = n > arity ? arity : min;
            return PyErr.typeError(displayName() + "() takes " + (arity == min ? "exactly" : n > arity ? "at most"
                : "at least") + " " + k + " argument" + (k == 1 ? "" : "s") + " (" + n + " given)");
        }
        if (arity == min) {
            if (arity == 0) {
                return PyErr.typeError(functionStr() + "() takes no arguments (" + n + " given)");
            }
            if (arity == 1) {
                return PyErr.typeError(functionStr() + "() takes exactly one argument (" + n + " given)");
            }
            return PyErr.typeError(displayName() + " expected " + arity + " arguments, got " + n);
        }
        if (n > arity && names.length > 0) {
            // Functions taking keywords word it as argument clinic's _PyArg_UnpackKeywords does.
            return PyErr.typeError(displayName() + "() takes at most " + arity + " argument" + (arity == 1 ? "" : "s")
                + " (" + n + " given)");
        }
        if (n > arity) {
            return PyErr.typeError(displayName() + " expected at most " + arity + " argument"
                + (arity == 1 ? "" : "s") + ", got " + n);
        }
        return PyErr.typeError(displayName() + " expected at least " + min + " argument"
            + (min == 1 ? "" : "s") + ", got " + n);
    }

    /**
     * A slot wrapper's message for N arguments: check_num_args' "expected 1 argument, got 0",
     * or, for the wrappers that unpack their arguments with PyArg_UnpackTuple(args, "", ...),
     * the same after an empty name (" expected 2 arguments, got 1", " expected at least 1
     * argument, got 0"). Compare typeobject.c: check_num_args, wrap_objobjargproc, wrap_setattr,
     * wrap_descr_get, wrap_ternaryfunc, wrap_indexargfunc; getargs.c: unpack_stack.
     */
    private PyBaseException wrapperCountError(int n) {
        boolean unpack = UNPACK_TUPLE_SLOTS.contains(name)
            || SEQUENCE_REPEAT_SLOTS.contains(name) && owner != null && SEQUENCE_REPEAT_TYPES.contains(owner.getName());
        if (!unpack) {
            return PyErr.typeError("expected " + arity + " argument" + (arity == 1 ? "" : "s") + ", got " + n);
        }
        int k = n > arity ? arity : min;
        return PyErr.typeError(" expected " + (arity == min ? "" : n > arity ? "at most " : "at least ") + k
            + " argument" + (k == 1 ? "" : "s") + ", got " + n);
    }

    /** Special methods that CPython's types define as methods beside their slot (METH_COEXIST): method descriptors. */
    private static final java.util.Set<String> COEXIST = java.util.Set.of("dict.__getitem__", "list.__getitem__",
        "dict.__contains__", "set.__contains__", "frozenset.__contains__");

    /** Wrappers that pass their arguments on unchecked (wrap_init, tp_new_wrapper, wrap_call): the callee words it. */
    private static final java.util.Set<String> OWN_PARSING = java.util.Set.of("__init__", "__new__", "__call__");

    private static final java.util.Set<String> UNPACK_TUPLE_SLOTS = java.util.Set.of("__setitem__", "__setattr__",
        "__set__", "__get__", "__pow__", "__rpow__");
    /** sq_repeat and sq_inplace_repeat's wrappers (wrap_indexargfunc), for the types whose * is a sequence repeat. */
    private static final java.util.Set<String> SEQUENCE_REPEAT_SLOTS = java.util.Set.of("__mul__", "__rmul__", "__imul__");
    private static final java.util.Set<String> SEQUENCE_REPEAT_TYPES = java.util.Set.of("str", "bytes", "bytearray",
        "list", "tuple", "collections.deque", "array.array");

    /** Fast path for slots: a fixed-arity method with self only. */
    public PyObject call1(PyObject self) {
        if (arity != 0 || !hasSelf) {
            return invoke(self, new PyObject[0], 0, null);
        }
        try {
            if (mh == null) {
                Object r = callCold(self);
                if (r != HOT) {
                    return (PyObject) r;
                }
            }
            return (PyObject) mh().invokeExact(self);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Fast path for slots: self and one argument. */
    public PyObject call2(PyObject self, PyObject a) {
        if (arity != 1 || !hasSelf) {
            return invoke(self, new PyObject[] {a}, 0, null);
        }
        try {
            if (mh == null) {
                Object r = callCold(self, a);
                if (r != HOT) {
                    return (PyObject) r;
                }
            }
            return (PyObject) mh().invokeExact(self, a);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Fast path for slots: self and two arguments. */
    public PyObject call3(PyObject self, PyObject a, PyObject b) {
        if (arity != 2 || !hasSelf) {
            return invoke(self, new PyObject[] {a, b}, 0, null);
        }
        try {
            if (mh == null) {
                Object r = callCold(self, a, b);
                if (r != HOT) {
                    return (PyObject) r;
                }
            }
            return (PyObject) mh().invokeExact(self, a, b);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Whether SELF's Java layout suits this method; the TypeError CPython raises otherwise. */
    void checkSelf(PyObject self) {
        if (self.type() == owner && !isNew) {
            return;   // the common case, without the MRO walk or the name test
        }
        if (owner != null && isNew) {
            if (!(self instanceof PyType t)) {
                throw PyErr.typeError(owner.name + ".__new__(X): X is not a type object (" + self.type().name + ")");
            }
            if (!t.isSubtypeOf(owner)) {
                throw PyErr.typeError(owner.name + ".__new__(" + t.name + "): " + t.name + " is not a subtype of "
                    + owner.name);
            }
            if (t != owner) {
                checkNewSafe(t);
            }
            return;
        }
        if (owner != null && !classMethod && !self.type().isSubtypeOf(owner)) {
            throw PyErr.typeError("descriptor '" + name + "' for '" + owner.name + "' objects doesn't apply to a '"
                + self.type().name + "' object");
        }
    }

    /**
     * OWNER.__new__(T) must be the __new__ of T's nearest base (along the base chain) whose
     * __new__ is not written in Python: int.__new__(bool) would make a bool without
     * bool's own checks. Compare CPython Objects/typeobject.c: tp_new_wrapper (staticbase).
     * (object.__new__ checks its own case: ObjectMethods.__new__.)
     */
    private void checkNewSafe(PyType t) {
        PyType staticBase = t;
        JavaMethod builtinNew = null;
        while (staticBase != null) {
            if (staticBase.disallowsInstantiation()) {
                // No __new__ of its own in CPython (tp_new NULL): any inherited one refuses.
                throw PyErr.typeError(owner.name + ".__new__(" + t.fullName() + ") is not safe, use "
                    + staticBase.fullName() + ".__new__()");
            }
            builtinNew = TypeMethods.effectiveNew(staticBase); // slots cached: asked at every exception raised
            if (builtinNew != null) {
                break;
            }
            staticBase = staticBase.base;
        }
        // Only where the two make objects of different Java classes: pyvm gives some types
        // a __new__ of their own where CPython's inherit object's (the io classes).
        if (builtinNew != null && builtinNew != this && builtinNew.owner != null
            && builtinNew.owner.javaClass != owner.javaClass) {
            throw PyErr.typeError(owner.name + ".__new__(" + t.name + ") is not safe, use " + staticBase.name
                + ".__new__()");
        }
    }

    String displayName() {
        return name.equals("__new__") && owner != null ? owner.name : name;
    }

    /** module.qualname unless the module is builtins. Compare object.c: _PyObject_FunctionStr. */
    private String functionStr() {
        return modulePrefix == null ? qualName() : modulePrefix + qualName();
    }

    /** The type's __qualname__, not its tp_name: "Future.result" (descrobject.c: descr_get_qualname). */
    String qualName() {
        return owner == null ? name : owner.getQualname() + "." + name;
    }

    // ---- the descriptor protocol: a method descriptor binds to an instance ----

    @ExposedMethod(min = 1)
    static PyObject __get__(JavaMethod self, PyObject obj, PyObject cls) {
        if (self.classMethod) {
            return new BoundJavaMethod(obj == null || obj == PyNone.NONE ? cls : obj.type(), self);
        }
        if (obj == null || obj == PyNone.NONE) {
            return self;
        }
        self.checkSelf(obj);
        return new BoundJavaMethod(obj, self);
    }

    @ExposedMethod(min = 0)
    static PyObject __call__(JavaMethod self, PyObject[] args, String[] kw) {
        return self.call(args, kw);
    }

    @ExposedMethod
    static String __repr__(JavaMethod self) {
        if (self.owner == null) {
            return "<built-in function " + self.name + ">";
        }
        String kind = self.isSlotWrapper() ? "slot wrapper" : "method";
        return "<" + kind + " '" + self.name + "' of '" + self.owner.name + "' objects>";
    }

    /** The special methods CPython defines through type slots (typeobject.c: slotdefs): their descriptors are slot wrappers. */
    private static final java.util.Set<String> SLOT_WRAPPERS = java.util.Set.of("__getattribute__", "__getattr__",
        "__setattr__", "__delattr__", "__repr__", "__hash__", "__call__", "__str__", "__lt__", "__le__", "__eq__",
        "__ne__", "__gt__", "__ge__", "__iter__", "__next__", "__get__", "__set__", "__delete__", "__init__",
        "__del__", "__await__", "__aiter__", "__anext__", "__add__", "__radd__", "__sub__", "__rsub__", "__mul__",
        "__rmul__", "__mod__", "__rmod__", "__divmod__", "__rdivmod__", "__pow__", "__rpow__", "__neg__", "__pos__",
        "__abs__", "__bool__", "__invert__", "__lshift__", "__rlshift__", "__rshift__", "__rrshift__", "__and__",
        "__rand__", "__xor__", "__rxor__", "__or__", "__ror__", "__int__", "__float__", "__iadd__", "__isub__",
        "__imul__", "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__iand__", "__ixor__", "__ior__",
        "__floordiv__", "__rfloordiv__", "__truediv__", "__rtruediv__", "__ifloordiv__", "__itruediv__",
        "__index__", "__matmul__", "__rmatmul__", "__imatmul__", "__len__", "__getitem__", "__setitem__",
        "__delitem__", "__contains__", "__buffer__", "__release_buffer__");

    @ExposedGetter
    static PyObject __name__(JavaMethod self) {
        return PyStr.of(self.name);
    }

    /** The method's docstring, CPython's for the same method (Docstrings), or a slot wrapper's. Compare descrobject.c: method_get_doc. */
    @ExposedGetter
    static PyObject __doc__(JavaMethod self) {
        return self.doc();
    }

    /**
     * A C function's ml_doc as its module gave it, its signature line included; null for
     * functions whose doc and signature come from the tables (Docstrings, TextSignatures).
     */
    String internalDoc;

    PyObject doc() {
        if (internalDoc != null) {
            // _PyType_GetDocFromInternalDoc: the text after the signature, None when empty.
            String d = TextSignatures.docWithoutSignature(name, internalDoc);
            return d.isEmpty() ? PyNone.NONE : PyStr.of(d);
        }
        String key = owner != null ? owner.fullName() : home instanceof PyModule m ? m.getName()
            : home instanceof PyType t ? t.fullName() : null;
        // The one __class_getitem__ that every generic builtin type shares has no home: its bare name.
        String d = key != null ? Docstrings.lookup(key + "." + name)
            : this == PyType.GenericHolder.CLASS_GETITEM ? Docstrings.lookup(name) : null;
        if (d == null && owner != null && SLOT_WRAPPERS.contains(name)) {
            d = TextSignatures.slotDoc(name);
        }
        return d == null ? PyNone.NONE : PyStr.of(d);
    }

    /** What inspect.signature() parses. Compare descrobject.c: method_get_text_signature. */
    @ExposedGetter
    static PyObject __text_signature__(JavaMethod self) {
        return self.textSignature();
    }

    PyObject textSignature() {
        if (internalDoc != null) {
            // _PyType_GetTextSignatureFromInternalDoc.
            String sig = TextSignatures.fromDoc(name, internalDoc);
            return sig == null ? PyNone.NONE : PyStr.of(sig);
        }
        if (owner != null) {
            return TextSignatures.of(owner.fullName(), name, SLOT_WRAPPERS.contains(name) || isNew);
        }
        String key = home instanceof PyModule m ? m.getName() : home instanceof PyType t ? t.fullName() : null;
        return TextSignatures.of(key, name, false);
    }

    @ExposedGetter
    static PyObject __qualname__(JavaMethod self) {
        return PyStr.of(self.qualName());
    }

    /** The type that defines the method. Compare descrobject.c: descr_get_objclass. */
    @ExposedGetter
    static PyObject __objclass__(JavaMethod self) {
        if (self.owner == null) {
            throw PyErr.attributeError("'" + TYPE.name + "' object has no attribute '__objclass__'");
        }
        return self.owner;
    }

    /** A method descriptor pickles as getattr(type, name). Compare descrobject.c: descr_reduce. */
    @ExposedMethod
    static PyObject __reduce__(JavaMethod self) {
        if (self.owner == null) {
            return PyStr.of(self.name);
        }
        PyObject getattr = PyRuntime.builtins.getStr("getattr");
        return PyTuple.of(getattr, PyTuple.of(self.owner, PyStr.of(self.name)));
    }
}
