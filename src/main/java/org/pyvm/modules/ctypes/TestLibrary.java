package org.pyvm.modules.ctypes;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.HashMap;
import java.util.Map;

/**
 * The native test library of CPython's ctypes tests (its C module {@code _ctypes_test},
 * whose shared object the tests load with {@code CDLL(_ctypes_test.__file__)}), written in
 * Java: each exported C function is an FFM upcall stub into a static method here, each
 * exported variable a block of native memory. pyvm never loads CPython's C extension
 * files, so this is how test_ctypes gets a C library with the functions it calls. Native's
 * dlopen, dlsym and dlclose answer for {@link #PATH} from this table; everything else
 * reaches the real ones.
 *
 * <p>The functions follow the C declarations of CPython 3.12's Modules/_ctypes/_ctypes_test.c
 * on LP64 Linux (long is 64 bits; pointers are passed as JAVA_LONG, the same register class
 * as a pointer). Functions that only forward to a C library function (my_strdup,
 * my_strchr, my_sqrt, my_qsort...) resolve to the C library's own symbol. Left out: the
 * long double ones (the FFM linker has no x87 long double), _testfunc_pylist_append (it
 * needs CPython's C API) and the Windows-only ones; looking them up fails as a missing
 * symbol does.
 */
final class TestLibrary {

    private TestLibrary() {}

    /** What _ctypes_test.__file__ says; dlopen of exactly this name opens this library. */
    static final String PATH = "/<pyvm>/_ctypes_test.so";

    private static final Arena ARENA = Arena.global();
    /** Stands for the library in dlopen's result: a unique, never-dereferenced address. */
    private static final MemorySegment HANDLE = ARENA.allocate(1);
    private static final Map<String, Long> SYMBOLS = new HashMap<>();
    /** What dlerror() says after a failed look-up here, or null. */
    private static String error;

    // ---- the structures (LP64 layouts, with the padding a C compiler inserts)

    /** Test: three unsigned longs (larger than 16 bytes, so passed in memory). */
    private static final StructLayout TEST = MemoryLayout.structLayout(JAVA_LONG, JAVA_LONG, JAVA_LONG);
    /** TestReg: two unsigned ints (passed in one register). */
    private static final StructLayout TEST_REG = MemoryLayout.structLayout(JAVA_INT, JAVA_INT);
    private static final StructLayout TEST2 = MemoryLayout.structLayout(MemoryLayout.sequenceLayout(16, JAVA_BYTE));
    private static final StructLayout TEST3 = MemoryLayout.structLayout(MemoryLayout.sequenceLayout(2, JAVA_DOUBLE));
    private static final StructLayout TEST3B = MemoryLayout.structLayout(MemoryLayout.sequenceLayout(2, JAVA_FLOAT),
        MemoryLayout.sequenceLayout(2, JAVA_FLOAT));
    private static final StructLayout TEST3C = MemoryLayout.structLayout(MemoryLayout.sequenceLayout(4, JAVA_DOUBLE));
    private static final StructLayout TEST3D = MemoryLayout.structLayout(MemoryLayout.sequenceLayout(5, JAVA_DOUBLE));
    /** Test4: union { long a_long; struct { int an_int; int another_int; } a_struct; }. */
    private static final MemoryLayout TEST4 = MemoryLayout.unionLayout(JAVA_LONG,
        MemoryLayout.structLayout(JAVA_INT, JAVA_INT));
    /** Test5: { int an_int; struct { int an_int; Test4 a_union; } nested; int another_int; }: 32 bytes. */
    private static final StructLayout TEST5 = MemoryLayout.structLayout(JAVA_INT, MemoryLayout.paddingLayout(4),
        MemoryLayout.structLayout(JAVA_INT, MemoryLayout.paddingLayout(4), TEST4), JAVA_INT,
        MemoryLayout.paddingLayout(4));
    /** Test6/Test7/Test8: int bit fields A:1, B:2, C:3, D:2 in one int (Test8 a union of them). */
    private static final StructLayout BITS4 = MemoryLayout.structLayout(JAVA_INT);
    private static final StructLayout POINT_II = MemoryLayout.structLayout(JAVA_INT, JAVA_INT);
    /** RECT and POINT of the non-Windows declarations: longs. */
    private static final StructLayout RECT = MemoryLayout.structLayout(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG);
    private static final StructLayout POINT_LL = MemoryLayout.structLayout(JAVA_LONG, JAVA_LONG);
    private static final StructLayout S2H = MemoryLayout.structLayout(JAVA_SHORT, JAVA_SHORT);
    private static final StructLayout S8I = MemoryLayout.structLayout(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT,
        JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT);

    // ---- the exported variables

    private static final MemorySegment AN_INTEGER = ARENA.allocate(JAVA_INT);
    private static final MemorySegment LAST_TF_ARG_S = ARENA.allocate(JAVA_LONG);
    private static final MemorySegment LAST_TF_ARG_U = ARENA.allocate(JAVA_LONG);
    private static final MemorySegment LAST_TFRSUV_ARG = ARENA.allocate(TEST_REG);
    private static final MemorySegment LEFT = ARENA.allocate(JAVA_LONG), TOP = ARENA.allocate(JAVA_LONG),
        RIGHT = ARENA.allocate(JAVA_LONG), BOTTOM = ARENA.allocate(JAVA_LONG);

    static {
        AN_INTEGER.set(JAVA_INT, 0, 42);
        LEFT.set(JAVA_LONG, 0, 10);
        TOP.set(JAVA_LONG, 0, 20);
        RIGHT.set(JAVA_LONG, 0, 30);
        BOTTOM.set(JAVA_LONG, 0, 40);
        data("an_integer", AN_INTEGER);
        data("last_tf_arg_s", LAST_TF_ARG_S);
        data("last_tf_arg_u", LAST_TF_ARG_U);
        data("last_tfrsuv_arg", LAST_TFRSUV_ARG);
        data("left", LEFT);
        data("top", TOP);
        data("right", RIGHT);
        data("bottom", BOTTOM);
        for (String[] alias : new String[][] {{"my_strtok", "strtok"}, {"my_strchr", "strchr"},
            {"my_sqrt", "sqrt"}, {"my_qsort", "qsort"}, {"my_strdup", "strdup"}, {"my_free", "free"},
            {"my_wcsdup", "wcsdup"}, {"my_wcslen", "wcslen"}, {"myprintf", "printf"}}) {
            Native.LINKER.defaultLookup().find(alias[1]).ifPresent(s -> SYMBOLS.put(alias[0], s.address()));
        }
    }

    private static void data(String name, MemorySegment s) {
        SYMBOLS.put(name, s.address());
    }

    /** The descriptor of each exported function, by name (the Java method has the same name). */
    private static final Map<String, FunctionDescriptor> FUNCTIONS = new HashMap<>();

    private static void fn(String name, FunctionDescriptor d) {
        FUNCTIONS.put(name, d);
    }

    static {
        String ints = "bBhHiIlLqQ";
        MemoryLayout[] carriers = {JAVA_BYTE, JAVA_BYTE, JAVA_SHORT, JAVA_SHORT, JAVA_INT, JAVA_INT, JAVA_LONG,
            JAVA_LONG, JAVA_LONG, JAVA_LONG};
        for (int k = 0; k < ints.length(); k++) {
            fn("tf_" + ints.charAt(k), FunctionDescriptor.of(carriers[k], carriers[k]));
            fn("tf_b" + ints.charAt(k), FunctionDescriptor.of(carriers[k], JAVA_BYTE, carriers[k]));
        }
        fn("tf_f", FunctionDescriptor.of(JAVA_FLOAT, JAVA_FLOAT));
        fn("tf_d", FunctionDescriptor.of(JAVA_DOUBLE, JAVA_DOUBLE));
        fn("tf_bf", FunctionDescriptor.of(JAVA_FLOAT, JAVA_BYTE, JAVA_FLOAT));
        fn("tf_bd", FunctionDescriptor.of(JAVA_DOUBLE, JAVA_BYTE, JAVA_DOUBLE));
        fn("tv_i", FunctionDescriptor.ofVoid(JAVA_INT));

        fn("_testfunc_cbk_reg_int", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT,
            JAVA_LONG));
        fn("_testfunc_cbk_reg_double", FunctionDescriptor.of(JAVA_DOUBLE, JAVA_DOUBLE, JAVA_DOUBLE, JAVA_DOUBLE,
            JAVA_DOUBLE, JAVA_DOUBLE, JAVA_LONG));
        fn("_testfunc_cbk_large_struct", FunctionDescriptor.ofVoid(TEST, JAVA_LONG));
        fn("_testfunc_large_struct_update_value", FunctionDescriptor.ofVoid(TEST));
        fn("_testfunc_reg_struct_update_value", FunctionDescriptor.ofVoid(TEST_REG));
        fn("_testfunc_array_in_struct1", FunctionDescriptor.of(JAVA_INT, TEST2));
        fn("_testfunc_array_in_struct2", FunctionDescriptor.of(JAVA_DOUBLE, TEST3));
        fn("_testfunc_array_in_struct2a", FunctionDescriptor.of(JAVA_DOUBLE, TEST3B));
        fn("_testfunc_array_in_struct_set_defaults_3C", FunctionDescriptor.of(TEST3C));
        fn("_testfunc_array_in_struct_set_defaults_3D", FunctionDescriptor.of(TEST3D));
        fn("_testfunc_union_by_value1", FunctionDescriptor.of(JAVA_LONG, TEST4));
        fn("_testfunc_union_by_value2", FunctionDescriptor.of(JAVA_LONG, TEST5));
        fn("_testfunc_union_by_reference1", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
        fn("_testfunc_union_by_reference2", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
        fn("_testfunc_union_by_reference3", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
        fn("_testfunc_bitfield_by_value1", FunctionDescriptor.of(JAVA_LONG, BITS4));
        fn("_testfunc_bitfield_by_reference1", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
        fn("_testfunc_bitfield_by_reference2", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
        fn("_testfunc_bitfield_by_value2", FunctionDescriptor.of(JAVA_LONG, BITS4));
        fn("_testfunc_ai8", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
        fn("_testfunc_v", FunctionDescriptor.ofVoid(JAVA_INT, JAVA_INT, JAVA_LONG));
        FunctionDescriptor bhilfd = FunctionDescriptor.ofVoid(JAVA_BYTE, JAVA_SHORT, JAVA_INT, JAVA_LONG, JAVA_FLOAT,
            JAVA_DOUBLE);
        fn("_testfunc_i_bhilfd", bhilfd.changeReturnLayout(JAVA_INT));
        fn("_testfunc_f_bhilfd", bhilfd.changeReturnLayout(JAVA_FLOAT));
        fn("_testfunc_d_bhilfd", bhilfd.changeReturnLayout(JAVA_DOUBLE));
        fn("_testfunc_q_bhilfd", bhilfd.changeReturnLayout(JAVA_LONG));
        fn("_testfunc_q_bhilfdq", bhilfd.appendArgumentLayouts(JAVA_LONG).changeReturnLayout(JAVA_LONG));
        fn("_testfunc_p_p", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
        fn("_testfunc_c_p_p", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG));
        fn("get_strchr", FunctionDescriptor.of(JAVA_LONG));
        fn("_testfunc_callfuncp", FunctionDescriptor.of(JAVA_INT, JAVA_LONG));
        fn("_testfunc_deref_pointer", FunctionDescriptor.of(JAVA_INT, JAVA_LONG));
        fn("_testfunc_callback_with_pointer", FunctionDescriptor.of(JAVA_INT, JAVA_LONG));
        fn("_testfunc_callback_i_if", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG));
        fn("_testfunc_callback_q_qf", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG));
        fn("_testfunc_byval", FunctionDescriptor.of(JAVA_INT, POINT_II, JAVA_LONG));
        fn("get_an_integer", FunctionDescriptor.of(JAVA_INT));
        fn("integrate", FunctionDescriptor.of(JAVA_DOUBLE, JAVA_DOUBLE, JAVA_DOUBLE, JAVA_LONG, JAVA_LONG));
        fn("_py_func_si", FunctionDescriptor.ofVoid(JAVA_LONG, JAVA_INT));
        fn("_py_func", FunctionDescriptor.ofVoid());
        fn("unpack_bitfields", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_BYTE));
        fn("PointInRect", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, POINT_LL));
        fn("ReturnRect", FunctionDescriptor.of(RECT, JAVA_INT, RECT, JAVA_LONG, POINT_LL, RECT, JAVA_LONG, POINT_LL,
            RECT));
        fn("ret_2h_func", FunctionDescriptor.of(S2H, S2H));
        fn("ret_8i_func", FunctionDescriptor.of(S8I, S8I));
        fn("GetRectangle", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG));
        fn("TwoOutArgs", FunctionDescriptor.ofVoid(JAVA_INT, JAVA_LONG, JAVA_INT, JAVA_LONG));
    }

    // ---- what Native's dlopen/dlsym/dlclose/dlerror ask

    static boolean isPath(String path) {
        return PATH.equals(path);
    }

    static long handle() {
        return HANDLE.address();
    }

    static boolean isHandle(long h) {
        return h == HANDLE.address();
    }

    /** The address of an exported name (an upcall stub made on first look-up), or 0. */
    static synchronized long symbol(String name) {
        Long a = SYMBOLS.get(name);
        if (a != null) {
            return a;
        }
        FunctionDescriptor d = FUNCTIONS.get(name);
        if (d == null) {
            error = PATH + ": undefined symbol: " + name;
            return 0;
        }
        try {
            MethodHandle mh = MethodHandles.lookup().findStatic(TestLibrary.class, name, d.toMethodType());
            long p = Native.LINKER.upcallStub(mh, d, ARENA).address();
            SYMBOLS.put(name, p);
            return p;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("_ctypes_test: no Java method for " + name, e);
        }
    }

    /** dlerror(): the last failure here, cleared by reading it as dlerror's is. */
    static synchronized String takeError() {
        String e = error;
        error = null;
        return e;
    }

    // ---- calling a C function pointer handed in

    /** The downcall handle for a C function pointer of descriptor D (Native caches one per descriptor). */
    private static MethodHandle caller(FunctionDescriptor d) {
        return Native.downcall(d, false);
    }

    private static MemorySegment fp(long address) {
        return MemorySegment.ofAddress(address);
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }

    private static MemorySegment at(long address, long size) {
        return MemorySegment.ofAddress(address).reinterpret(size);
    }

    // ---- tf_X(c) and tf_bX(x, c): record c (S: as signed, U: as unsigned) and return c/3

    private static void s(long c) {
        LAST_TF_ARG_S.set(JAVA_LONG, 0, c);
    }

    private static void u(long c) {
        LAST_TF_ARG_U.set(JAVA_LONG, 0, c);
    }

    static byte tf_b(byte c) { s(c); return (byte) (c / 3); }
    static byte tf_B(byte c) { u(c & 0xFF); return (byte) ((c & 0xFF) / 3); }
    static short tf_h(short c) { s(c); return (short) (c / 3); }
    static short tf_H(short c) { u(c & 0xFFFF); return (short) ((c & 0xFFFF) / 3); }
    static int tf_i(int c) { s(c); return c / 3; }
    static int tf_I(int c) { u(c & 0xFFFFFFFFL); return (int) ((c & 0xFFFFFFFFL) / 3); }
    static long tf_l(long c) { s(c); return c / 3; }
    static long tf_L(long c) { u(c); return Long.divideUnsigned(c, 3); }
    static long tf_q(long c) { s(c); return c / 3; }
    static long tf_Q(long c) { u(c); return Long.divideUnsigned(c, 3); }
    static float tf_f(float c) { s((long) c); return c / 3; }
    static double tf_d(double c) { s((long) c); return c / 3; }

    static byte tf_bb(byte x, byte c) { return tf_b(c); }
    static byte tf_bB(byte x, byte c) { return tf_B(c); }
    static short tf_bh(byte x, short c) { return tf_h(c); }
    static short tf_bH(byte x, short c) { return tf_H(c); }
    static int tf_bi(byte x, int c) { return tf_i(c); }
    static int tf_bI(byte x, int c) { return tf_I(c); }
    static long tf_bl(byte x, long c) { return tf_l(c); }
    static long tf_bL(byte x, long c) { return tf_L(c); }
    static long tf_bq(byte x, long c) { return tf_q(c); }
    static long tf_bQ(byte x, long c) { return tf_Q(c); }
    static float tf_bf(byte x, float c) { return tf_f(c); }
    static double tf_bd(byte x, double c) { return tf_d(c); }
    static void tv_i(int c) { s(c); }

    // ---- callbacks and structures by value

    static int _testfunc_cbk_reg_int(int a, int b, int c, int d, int e, long func) {
        FunctionDescriptor fd = FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT);
        try {
            return (int) caller(fd).invokeExact(fp(func), a * a, b * b, c * c, d * d, e * e);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static double _testfunc_cbk_reg_double(double a, double b, double c, double d, double e, long func) {
        FunctionDescriptor fd = FunctionDescriptor.of(JAVA_DOUBLE, JAVA_DOUBLE, JAVA_DOUBLE, JAVA_DOUBLE,
            JAVA_DOUBLE, JAVA_DOUBLE);
        try {
            return (double) caller(fd).invokeExact(fp(func), a * a, b * b, c * c, d * d, e * e);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static void _testfunc_cbk_large_struct(MemorySegment in, long func) {
        try {
            caller(FunctionDescriptor.ofVoid(TEST)).invokeExact(fp(func), in);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** Changes its own copy only: the caller must see no change (issue 29565). */
    static void _testfunc_large_struct_update_value(MemorySegment in) {
        for (int k = 0; k < 3; k++) {
            in.set(JAVA_LONG, 8L * k, 0x0badf00dL);
        }
    }

    static void _testfunc_reg_struct_update_value(MemorySegment in) {
        LAST_TFRSUV_ARG.copyFrom(in);
        in.set(JAVA_INT, 0, 0x0badf00d);
        in.set(JAVA_INT, 4, 0x0badf00d);
    }

    static int _testfunc_array_in_struct1(MemorySegment in) {
        int sum = 0;
        for (int k = 0; k < 16; k++) {
            sum += in.get(JAVA_BYTE, k) & 0xFF;
        }
        in.fill((byte) 0);
        return sum;
    }

    static double _testfunc_array_in_struct2(MemorySegment in) {
        double sum = in.get(JAVA_DOUBLE, 0) + in.get(JAVA_DOUBLE, 8);
        in.fill((byte) 0);
        return sum;
    }

    static double _testfunc_array_in_struct2a(MemorySegment in) {
        double sum = 0;
        for (int k = 0; k < 4; k++) {
            sum += in.get(JAVA_FLOAT, 4L * k);
        }
        in.fill((byte) 0);
        return sum;
    }

    private static MemorySegment doubles(StructLayout layout, int n) {
        MemorySegment r = Arena.ofAuto().allocate(layout);
        for (int k = 0; k < n; k++) {
            r.set(JAVA_DOUBLE, 8L * k, k + 1.0);
        }
        return r;
    }

    static MemorySegment _testfunc_array_in_struct_set_defaults_3C() {
        return doubles(TEST3C, 4);
    }

    static MemorySegment _testfunc_array_in_struct_set_defaults_3D() {
        return doubles(TEST3D, 5);
    }

    static long _testfunc_union_by_value1(MemorySegment in) {
        long r = in.get(JAVA_LONG, 0) + in.get(JAVA_INT, 0) + in.get(JAVA_INT, 4);
        in.fill((byte) 0);
        return r;
    }

    static long _testfunc_union_by_value2(MemorySegment in) {
        long r = in.get(JAVA_INT, 0) + in.get(JAVA_INT, 8);
        in.fill((byte) 0);
        return r;
    }

    static long _testfunc_union_by_reference1(long p) {
        MemorySegment in = at(p, TEST4.byteSize());
        long r = in.get(JAVA_LONG, 0);
        in.fill((byte) 0);
        return r;
    }

    static long _testfunc_union_by_reference2(long p) {
        MemorySegment in = at(p, TEST4.byteSize());
        long r = (long) in.get(JAVA_INT, 0) + in.get(JAVA_INT, 4);
        in.fill((byte) 0);
        return r;
    }

    static long _testfunc_union_by_reference3(long p) {
        MemorySegment in = at(p, TEST5.byteSize());
        long r = (long) in.get(JAVA_INT, 0) + in.get(JAVA_INT, 8) + in.get(JAVA_INT, 24);
        in.fill((byte) 0);
        return r;
    }

    /** Bits [pos, pos+width) of v, sign-extended when signed. */
    private static int bits(long v, int pos, int width, boolean signed) {
        long x = v >>> pos;
        return (int) (signed ? (x << (64 - width)) >> (64 - width) : x & ((1L << width) - 1));
    }

    /** A:1, B:2, C:3, D:2 packed from bit 0 of one int (GCC's order on a little-endian machine). */
    private static long sumABCD(int word, boolean signed) {
        return bits(word, 0, 1, signed) + bits(word, 1, 2, signed) + bits(word, 3, 3, signed)
            + bits(word, 6, 2, signed);
    }

    static long _testfunc_bitfield_by_value1(MemorySegment in) {
        long r = sumABCD(in.get(JAVA_INT, 0), true);
        in.fill((byte) 0);
        return r;
    }

    static long _testfunc_bitfield_by_reference1(long p) {
        MemorySegment in = at(p, 4);
        long r = sumABCD(in.get(JAVA_INT, 0), true);
        in.fill((byte) 0);
        return r;
    }

    static long _testfunc_bitfield_by_reference2(long p) {
        MemorySegment in = at(p, 4);
        long r = sumABCD(in.get(JAVA_INT, 0), false);
        in.fill((byte) 0);
        return r;
    }

    /** Test8 is a union: every field starts at bit 0. */
    static long _testfunc_bitfield_by_value2(MemorySegment in) {
        int w = in.get(JAVA_INT, 0);
        long r = bits(w, 0, 1, true) + bits(w, 0, 2, true) + bits(w, 0, 3, true) + bits(w, 0, 2, true);
        in.fill((byte) 0);
        return r;
    }

    static long _testfunc_ai8(long a) {
        return a;
    }

    static void _testfunc_v(int a, int b, long presult) {
        at(presult, 4).set(JAVA_INT, 0, a + b);
    }

    /**
     * b + h + i + l + f + d with C's conversions: the integers add as long, adding the float
     * makes a float, adding the double a double.
     */
    private static double bhilfd(byte b, short h, int i, long l, float f, double d) {
        float partial = (float) (b + h + i + l) + f;
        return partial + d;
    }

    static int _testfunc_i_bhilfd(byte b, short h, int i, long l, float f, double d) {
        return (int) bhilfd(b, h, i, l, f, d);
    }

    static float _testfunc_f_bhilfd(byte b, short h, int i, long l, float f, double d) {
        return (float) bhilfd(b, h, i, l, f, d);
    }

    static double _testfunc_d_bhilfd(byte b, short h, int i, long l, float f, double d) {
        return bhilfd(b, h, i, l, f, d);
    }

    static long _testfunc_q_bhilfd(byte b, short h, int i, long l, float f, double d) {
        return (long) bhilfd(b, h, i, l, f, d);
    }

    static long _testfunc_q_bhilfdq(byte b, short h, int i, long l, float f, double d, long q) {
        return (long) (bhilfd(b, h, i, l, f, d) + q);
    }

    static long _testfunc_p_p(long s) {
        return s;
    }

    /** argv[*argcp - 1]. */
    static long _testfunc_c_p_p(long argcp, long argv) {
        int argc = at(argcp, 4).get(JAVA_INT, 0);
        return at(argv, 8L * argc).get(JAVA_LONG, 8L * (argc - 1));
    }

    static long get_strchr() {
        return symbol("my_strchr");
    }

    /** Calls fp->c(1, 2) and fp->s(3, 4) of a struct of two function pointers. */
    static int _testfunc_callfuncp(long p) {
        MemorySegment fns = at(p, 16);
        MethodHandle h = caller(FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
        try {
            int ignored = (int) h.invokeExact(fp(fns.get(JAVA_LONG, 0)), 1, 2);
            ignored = (int) h.invokeExact(fp(fns.get(JAVA_LONG, 8)), 3, 4);
        } catch (Throwable t) {
            throw rethrow(t);
        }
        return 0;
    }

    static int _testfunc_deref_pointer(long p) {
        return at(p, 4).get(JAVA_INT, 0);
    }

    static int _testfunc_callback_with_pointer(long func) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment table = a.allocate(JAVA_INT, 10);
            for (int k = 0; k < 10; k++) {
                table.setAtIndex(JAVA_INT, k, k + 1);
            }
            return (int) caller(FunctionDescriptor.of(JAVA_INT, JAVA_LONG)).invokeExact(fp(func), table.address());
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static int _testfunc_callback_i_if(int value, long func) {
        MethodHandle h = caller(FunctionDescriptor.of(JAVA_INT, JAVA_INT));
        int sum = 0;
        try {
            while (value != 0) {
                sum += (int) h.invokeExact(fp(func), value);
                value /= 2;
            }
        } catch (Throwable t) {
            throw rethrow(t);
        }
        return sum;
    }

    static long _testfunc_callback_q_qf(long value, long func) {
        MethodHandle h = caller(FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
        long sum = 0;
        try {
            while (value != 0) {
                sum += (long) h.invokeExact(fp(func), value);
                value /= 2;
            }
        } catch (Throwable t) {
            throw rethrow(t);
        }
        return sum;
    }

    static int _testfunc_byval(MemorySegment in, long pout) {
        int x = in.get(JAVA_INT, 0), y = in.get(JAVA_INT, 4);
        if (pout != 0) {
            MemorySegment out = at(pout, 8);
            out.set(JAVA_INT, 0, x);
            out.set(JAVA_INT, 4, y);
        }
        return x + y;
    }

    static int get_an_integer() {
        return AN_INTEGER.get(JAVA_INT, 0);
    }

    /** The midpoint rule for f over [a, b] with nstep steps, as the C loop does it. */
    static double integrate(double a, double b, long f, long nstep) {
        MethodHandle h = caller(FunctionDescriptor.of(JAVA_DOUBLE, JAVA_DOUBLE));
        double sum = 0.0, dx = (b - a) / (double) nstep;
        try {
            for (double x = a + 0.5 * dx; (b - x) * (x - a) > 0.0; x += dx) {
                sum += (double) h.invokeExact(fp(f), x);
            }
        } catch (Throwable t) {
            throw rethrow(t);
        }
        return sum / (double) nstep;
    }

    /** Do-nothing functions (speed tests call them). */
    static void _py_func_si(long s, int i) {}

    static void _py_func() {}

    /**
     * struct BITS { signed int A:1, B:2, C:3, D:4, E:5, F:6, G:7, H:8, I:9; short M:1, N:2,
     * O:3, P:4, Q:5, R:6, S:7; }: the bit position of each field where GCC puts it on a
     * little-endian machine (a field that would cross a boundary of its type's size starts at
     * the next one: H moves to bit 32, R to bit 64).
     */
    private static final String BIT_NAMES = "ABCDEFGHIMNOPQRS";
    private static final int[] BIT_POS = {0, 1, 3, 6, 10, 15, 21, 32, 40, 49, 50, 52, 55, 59, 64, 70};
    private static final int[] BIT_WIDTH = {1, 2, 3, 4, 5, 6, 7, 8, 9, 1, 2, 3, 4, 5, 6, 7};

    static int unpack_bitfields(long p, byte name) {
        int k = BIT_NAMES.indexOf((char) name);
        if (k < 0) {
            return 999;
        }
        MemorySegment s = at(p, 12);
        long lo = s.get(JAVA_LONG.withByteAlignment(1), 0);
        long hi = s.get(JAVA_INT.withByteAlignment(1), 8) & 0xFFFFFFFFL;
        int pos = BIT_POS[k], w = BIT_WIDTH[k];
        // The field lies within one 64-bit half except when it starts in the low half and ends in the high one.
        long v = pos >= 64 ? hi >>> (pos - 64) : pos + w <= 64 ? lo >>> pos : (lo >>> pos) | (hi << (64 - pos));
        return bits(v, 0, w, true);
    }

    static int PointInRect(long prc, MemorySegment pt) {
        MemorySegment r = at(prc, 32);
        long x = pt.get(JAVA_LONG, 0), y = pt.get(JAVA_LONG, 8);
        if (x < r.get(JAVA_LONG, 0) || x > r.get(JAVA_LONG, 16) || y < r.get(JAVA_LONG, 8)
            || y > r.get(JAVA_LONG, 24)) {
            return 0;
        }
        return 1;
    }

    /** Checks the rectangles' left and right sums and the two points, then returns ar, dr or gr. */
    static MemorySegment ReturnRect(int i, MemorySegment ar, long br, MemorySegment cp, MemorySegment dr, long er,
        MemorySegment fpt, MemorySegment gr) {
        MemorySegment b = at(br, 32), e = at(er, 32);
        MemorySegment out = Arena.ofAuto().allocate(RECT);
        out.copyFrom(ar);
        long lefts = ar.get(JAVA_LONG, 0) + b.get(JAVA_LONG, 0) + dr.get(JAVA_LONG, 0) + e.get(JAVA_LONG, 0)
            + gr.get(JAVA_LONG, 0);
        if (lefts != LEFT.get(JAVA_LONG, 0) * 5) {
            out.set(JAVA_LONG, 0, 100);
            return out;
        }
        long rights = ar.get(JAVA_LONG, 16) + b.get(JAVA_LONG, 16) + dr.get(JAVA_LONG, 16) + e.get(JAVA_LONG, 16)
            + gr.get(JAVA_LONG, 16);
        if (rights != RIGHT.get(JAVA_LONG, 0) * 5) {
            out.set(JAVA_LONG, 16, 100);
            return out;
        }
        if (cp.get(JAVA_LONG, 0) != fpt.get(JAVA_LONG, 0)) {
            out.set(JAVA_LONG, 0, -100);
        }
        if (cp.get(JAVA_LONG, 8) != fpt.get(JAVA_LONG, 8)) {
            out.set(JAVA_LONG, 0, -200);
        }
        if (i == 1) {
            out.copyFrom(dr);
        } else if (i == 2) {
            out.copyFrom(gr);
        }
        return out;
    }

    static MemorySegment ret_2h_func(MemorySegment in) {
        MemorySegment out = Arena.ofAuto().allocate(S2H);
        out.set(JAVA_SHORT, 0, (short) (in.get(JAVA_SHORT, 0) * 2));
        out.set(JAVA_SHORT, 2, (short) (in.get(JAVA_SHORT, 2) * 3));
        return out;
    }

    static MemorySegment ret_8i_func(MemorySegment in) {
        MemorySegment out = Arena.ofAuto().allocate(S8I);
        for (int k = 0; k < 8; k++) {
            out.setAtIndex(JAVA_INT, k, in.getAtIndex(JAVA_INT, k) * (k + 2));
        }
        return out;
    }

    static int GetRectangle(int flag, long prect) {
        if (flag == 0) {
            return 0;
        }
        MemorySegment r = at(prect, 32);
        for (int k = 0; k < 4; k++) {
            r.set(JAVA_LONG, 8L * k, flag + k);
        }
        return 1;
    }

    static void TwoOutArgs(int a, long pi, int b, long pj) {
        MemorySegment i = at(pi, 4), j = at(pj, 4);
        i.set(JAVA_INT, 0, i.get(JAVA_INT, 0) + a);
        j.set(JAVA_INT, 0, j.get(JAVA_INT, 0) + b);
    }
}
