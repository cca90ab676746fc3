package org.pyvm.runtime;

/**
 * Stores into a PyObject[] without HotSpot's array-store check where it can. C2 does not
 * trust a declared interface type, so {@code a[i] = v} with V a PyObject still checks at
 * run time that V's class implements PyObject: a secondary-supers search of ~10
 * instructions and 3 dependent loads, which perf showed among the hottest code of the eval
 * loop (-XX:+PrintAssembly).
 *
 * <p>When the JVM allows sun.misc.Unsafe's memory access (bin/pyvm's
 * {@code --sun-misc-unsafe-memory-access=allow}, which JDK 25 shows as the system property
 * {@code sun.misc.unsafe.memory.access}), a store into an array that is exactly PyObject[]
 * is Unsafe's putObject after an explicit bounds check: the GC's barrier, no type check.
 * The static type of V is PyObject, so the array's element type holds. (perf helper,
 * session 18, A/B of the body's thread CPU against the checks below: nbody 0.85, methods
 * 0.90, fib and generators 0.95.) Otherwise (another launcher: the JVM would print a
 * deprecation warning) a value whose exact class has been compared with a constant needs no
 * check, so the common classes are tried first, one compare of the class word each.
 */
@SuppressWarnings("removal")
public final class ArrayStore {

    private ArrayStore() {}

    /** Unsafe, when its memory access is allowed without a warning; else null. */
    private static final sun.misc.Unsafe UNSAFE = unsafe();
    private static final long BASE = UNSAFE == null ? 0 : UNSAFE.arrayBaseOffset(PyObject[].class);
    private static final int SHIFT = UNSAFE == null ? 0 : 31 - Integer.numberOfLeadingZeros(UNSAFE.arrayIndexScale(PyObject[].class));

    /**
     * sun.misc.Unsafe when the JVM allows its memory access without a warning (bin/pyvm's
     * --sun-misc-unsafe-memory-access=allow), else null; also for interp.DataLoop.
     */
    public static sun.misc.Unsafe unsafe() {
        if (!"allow".equals(System.getProperty("sun.misc.unsafe.memory.access"))) {
            return null;
        }
        try {
            java.lang.reflect.Field f = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            return (sun.misc.Unsafe) f.get(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** A[I] = V. */
    public static void put(PyObject[] a, int i, PyObject v) {
        if (UNSAFE != null && a.getClass() == PyObject[].class) {
            java.util.Objects.checkIndex(i, a.length);
            UNSAFE.putObject(a, BASE + ((long) i << SHIFT), v);
            return;
        }
        checkedPut(a, i, v);
    }

    /**
     * A[I] = V where A is known to be exactly PyObject[]: a frame's locals-and-stack array
     * (interp.Frame makes every one as new PyObject[n]), so that the eval loop's stores
     * skip the array's class test as well (one load and compare per store).
     */
    public static void putExact(PyObject[] a, int i, PyObject v) {
        if (UNSAFE != null) {
            java.util.Objects.checkIndex(i, a.length);
            UNSAFE.putObject(a, BASE + ((long) i << SHIFT), v);
            return;
        }
        checkedPut(a, i, v);
    }

    /**
     * A[I] = V for a V known to be a PyObject but typed Object (read through Unsafe from
     * another PyObject array, interp.DataLoop), so that no cast to the interface (a
     * secondary-supers check) is needed when Unsafe may be used.
     */
    public static void putTrusted(PyObject[] a, int i, Object v) {
        if (UNSAFE != null && a.getClass() == PyObject[].class) {
            java.util.Objects.checkIndex(i, a.length);
            UNSAFE.putObject(a, BASE + ((long) i << SHIFT), v);
            return;
        }
        checkedPut(a, i, (PyObject) v);
    }

    /** A[I] = V with the JVM's store check, skipped for the commonest classes of V. */
    private static void checkedPut(PyObject[] a, int i, PyObject v) {
        if (a.getClass() == PyObject[].class) {
            // On this branch C2 knows A is exactly PyObject[], so its element type is the
            // constant PyObject (arrays made as new PyObject[n]; others take the plain store).
            if (v != null) {
                Class<?> c = v.getClass();
                if (c == PyInt.class) {
                    a[i] = (PyInt) v;
                    return;
                }
                if (c == PyFloat.class) {
                    a[i] = (PyFloat) v;
                    return;
                }
                if (c == PyInstance.class) {
                    a[i] = (PyInstance) v;
                    return;
                }
                if (c == PyFunction.class) {
                    a[i] = (PyFunction) v;
                    return;
                }
                if (c == PyStr.class) {
                    a[i] = (PyStr) v;
                    return;
                }
                if (c == PyList.class) {
                    a[i] = (PyList) v;
                    return;
                }
                if (c == PyTuple.class) {
                    a[i] = (PyTuple) v;
                    return;
                }
            }
            a[i] = v;
        } else {
            a[i] = v;
        }
    }
}
