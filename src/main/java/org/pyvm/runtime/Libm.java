package org.pyvm.runtime;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * The platform C library's math functions (libm: glibc's on Linux), called through
 * java.lang.foreign exactly where CPython calls them (float ** in floatobject.c:
 * float_pow; math's functions and the exp/pow/log/sin/cos inside its own gamma and
 * lgamma in mathmodule.c), so that results are the same doubles as CPython's on the same
 * machine. Java's Math/StrictMath and pyvm's correctly rounded MathDD differ from glibc
 * in the last bit for about 0.1% of arguments, which printed floats show.
 *
 * <p>Each function's downcall handle is made the first time that function is called
 * (one holder class per function: a handle costs tens of milliseconds when the FFM
 * machinery is cold, so none is made at start-up), and is a static final constant that
 * C2 folds into a direct call. They are ordinary downcalls, not
 * {@link Linker.Option#critical critical} ones: critical would skip the thread-state
 * transition, and a standalone loop of Libm.pow took the same ~10 ns either way, but inside
 * pyvm's loops {@code x ** 2.5} took 145 ns per iteration with critical handles against 24 ns
 * without (Math.pow before: 24 ns; CPython 39 ns); the cause was not found.
 *
 * <p>Each method takes the Java implementation to use instead when native calls are not
 * possible: the JVM was started without {@code --enable-native-access} for pyvm's module
 * (an embedder), the platform has no such symbol, or {@code -Dpyvm.libm=java} asks for it.
 * That fallback is silent; its results are within an ulp of the C library's.
 */
public final class Libm {

    private Libm() {}

    private static final FunctionDescriptor D1 = FunctionDescriptor.of(JAVA_DOUBLE, JAVA_DOUBLE);
    private static final FunctionDescriptor D2 = FunctionDescriptor.of(JAVA_DOUBLE, JAVA_DOUBLE, JAVA_DOUBLE);

    /** The linker and the lookup holding libm, made with the first handle; LOOKUP is null when unusable. */
    private static final class Lib {
        static final Linker LINKER;
        static final SymbolLookup LOOKUP;

        static {
            Linker linker = null;
            SymbolLookup lookup = null;
            try {
                // Without native access a restricted method would print a warning (or throw,
                // under --illegal-native-access=deny): ask first, fall back silently.
                if (!"java".equals(System.getProperty("pyvm.libm")) && Libm.class.getModule().isNativeAccessEnabled()) {
                    linker = Linker.nativeLinker();
                    // The JDK's default lookup holds libc and, on Linux, libm; else open libm.
                    SymbolLookup def = linker.defaultLookup();
                    lookup = def.find("pow").isPresent() ? def : SymbolLookup.libraryLookup("libm.so.6", Arena.global());
                }
            } catch (Throwable e) {
                lookup = null;
            }
            LINKER = linker;
            LOOKUP = lookup;
        }

        /** The downcall handle for NAME, or null when it cannot be made. */
        static MethodHandle find(String name, FunctionDescriptor fd) {
            if (LOOKUP == null) {
                return null;
            }
            try {
                return LOOKUP.find(name).map(a -> LINKER.downcallHandle(a, fd)).orElse(null);
            } catch (Throwable e) {
                return null;
            }
        }
    }

    /** Whether libm's functions are called (false: the Java fallbacks are used). */
    public static boolean available() {
        return Pow.H != null;
    }

    private static double call(MethodHandle h, double x) {
        try {
            return (double) h.invokeExact(x);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static double call(MethodHandle h, double x, double y) {
        try {
            return (double) h.invokeExact(x, y);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    // One holder per function: its handle is made when the function is first called.
    private static final class Pow { static final MethodHandle H = Lib.find("pow", D2); }
    private static final class Atan2 { static final MethodHandle H = Lib.find("atan2", D2); }
    private static final class Hypot { static final MethodHandle H = Lib.find("hypot", D2); }
    private static final class Exp { static final MethodHandle H = Lib.find("exp", D1); }
    private static final class Exp2 { static final MethodHandle H = Lib.find("exp2", D1); }
    private static final class Expm1 { static final MethodHandle H = Lib.find("expm1", D1); }
    private static final class Log { static final MethodHandle H = Lib.find("log", D1); }
    private static final class Log2 { static final MethodHandle H = Lib.find("log2", D1); }
    private static final class Log10 { static final MethodHandle H = Lib.find("log10", D1); }
    private static final class Log1p { static final MethodHandle H = Lib.find("log1p", D1); }
    private static final class Sin { static final MethodHandle H = Lib.find("sin", D1); }
    private static final class Cos { static final MethodHandle H = Lib.find("cos", D1); }
    private static final class Tan { static final MethodHandle H = Lib.find("tan", D1); }
    private static final class Asin { static final MethodHandle H = Lib.find("asin", D1); }
    private static final class Acos { static final MethodHandle H = Lib.find("acos", D1); }
    private static final class Atan { static final MethodHandle H = Lib.find("atan", D1); }
    private static final class Sinh { static final MethodHandle H = Lib.find("sinh", D1); }
    private static final class Cosh { static final MethodHandle H = Lib.find("cosh", D1); }
    private static final class Tanh { static final MethodHandle H = Lib.find("tanh", D1); }
    private static final class Asinh { static final MethodHandle H = Lib.find("asinh", D1); }
    private static final class Acosh { static final MethodHandle H = Lib.find("acosh", D1); }
    private static final class Atanh { static final MethodHandle H = Lib.find("atanh", D1); }
    private static final class Cbrt { static final MethodHandle H = Lib.find("cbrt", D1); }
    private static final class Erf { static final MethodHandle H = Lib.find("erf", D1); }
    private static final class Erfc { static final MethodHandle H = Lib.find("erfc", D1); }

    public static double pow(double x, double y, DoubleBinaryOperator orElse) {
        MethodHandle h = Pow.H;
        return h != null ? call(h, x, y) : orElse.applyAsDouble(x, y);
    }

    public static double atan2(double y, double x, DoubleBinaryOperator orElse) {
        MethodHandle h = Atan2.H;
        return h != null ? call(h, y, x) : orElse.applyAsDouble(y, x);
    }

    public static double hypot(double x, double y, DoubleBinaryOperator orElse) {
        MethodHandle h = Hypot.H;
        return h != null ? call(h, x, y) : orElse.applyAsDouble(x, y);
    }

    public static double exp(double x, DoubleUnaryOperator orElse) {
        MethodHandle h = Exp.H;
        return h != null ? call(h, x) : orElse.applyAsDouble(x);
    }

    public static double exp2(double x, DoubleUnaryOperator orElse) {
        MethodHandle h = Exp2.H;
        return h != null ? call(h, x) : orElse.applyAsDouble(x);
    }

    public static double expm1(double x, DoubleUnaryOperator orElse) {
        MethodHandle h = Expm1.H;
        return h != null ? call(h, x) : orElse.applyAsDouble(x);
    }

    public static double log(double x, DoubleUnaryOperator orElse) {
        MethodHandle h = Log.H;
        return h != null ? call(h, x) : orElse.applyAsDouble(x);
    }

    public static double log2(double x, DoubleUnaryOperator orElse) {
        MethodHandle h = Log2.H;
        return h != null ? call(h, x) : orElse.applyAsDouble(x);
    }

    public static double log10(double x, DoubleUnaryOperator orElse) {
        MethodHandle h = Log10.H;
        return h != null ? call(h, x) : orElse.applyAsDouble(x);
    }

    public static double log1p(double x, DoubleUnaryOperator orElse) {
        MethodHandle h = Log1p.H;
        return h != null ? call(h, x) : orElse.applyAsDouble(x);
    }

    public static double sin(double x, DoubleUnaryOperator orElse) {
        MethodHandle h = Sin.H;
        return h != null ? call(h, x) : orElse.applyAsDouble(x);
    }

    public static double cos(double x, DoubleUnaryOperator orElse) {
        MethodHandle h = Cos.H;
        return h != null ? call(h, x) : orElse.applyAsDouble(x);
    }

    public static double tan(double x, DoubleUnaryOperator orElse) {
        MethodHandle h = Tan.H;
        return h != null ? call(h, x) : orElse.applyAsDouble(x);
    }

    public static double asin(double x, DoubleUnaryOperator orElse) {
        MethodHandle h = Asin.H;
        return h != null ? call(h, x) : orElse.applyAsDouble(x);
    }

    public static double acos(double x, DoubleUnaryOperator orElse) {
        MethodHandle h = Acos.H;
        return h != null ? call(h, x) : orElse.applyAsDouble(x);
    }

    public static double atan(double x, DoubleUnaryOperator orElse) {
        MethodHandle h = Atan.H;
        return h != null ? call(h, x) : orElse.applyAsDouble(x);
    }

    public static double sinh(double x, DoubleUnaryOperator orElse) {
        MethodHandle h = Sinh.H;
        return h != null ? call(h, x) : orElse.applyAsDouble(x);
    }

    public static double cosh(double x, DoubleUnaryOperator orElse) {
        MethodHandle h = Cosh.H;
        return h != null ? call(h, x) : orElse.applyAsDouble(x);
    }

    public static double tanh(double x, DoubleUnaryOperator orElse) {
        MethodHandle h = Tanh.H;
        return h != null ? call(h, x) : orElse.applyAsDouble(x);
    }

    public static double asinh(double x, DoubleUnaryOperator orElse) {
        MethodHandle h = Asinh.H;
        return h != null ? call(h, x) : orElse.applyAsDouble(x);
    }

    public static double acosh(double x, DoubleUnaryOperator orElse) {
        MethodHandle h = Acosh.H;
        return h != null ? call(h, x) : orElse.applyAsDouble(x);
    }

    public static double atanh(double x, DoubleUnaryOperator orElse) {
        MethodHandle h = Atanh.H;
        return h != null ? call(h, x) : orElse.applyAsDouble(x);
    }

    public static double cbrt(double x, DoubleUnaryOperator orElse) {
        MethodHandle h = Cbrt.H;
        return h != null ? call(h, x) : orElse.applyAsDouble(x);
    }

    public static double erf(double x, DoubleUnaryOperator orElse) {
        MethodHandle h = Erf.H;
        return h != null ? call(h, x) : orElse.applyAsDouble(x);
    }

    public static double erfc(double x, DoubleUnaryOperator orElse) {
        MethodHandle h = Erfc.H;
        return h != null ? call(h, x) : orElse.applyAsDouble(x);
    }
}
