package org.pyvm.compiler;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.pyvm.ast.Cmpop;
import org.pyvm.ast.Expr;
import org.pyvm.ast.ExprContext;
import org.pyvm.bytecode.ComplexConst;
import org.pyvm.bytecode.Constant;
import org.pyvm.bytecode.FrozenSetConst;
import org.pyvm.bytecode.TupleConst;

/**
 * Constant folding of the expressions CPython's AST optimizer folds: constant tuples,
 * unary operators on numbers, and binary operators on numbers and strings within
 * CPython's size limits. Only cases whose result is certain are folded; anything that
 * could raise is left to run time. Compare CPython Python/ast_opt.c: fold_unaryop,
 * fold_binop, fold_tuple, fold_iter, fold_compare.
 */
final class Folding {

    private Folding() {}

    private static final Object NOT_CONST = new Object();
    private static final ThreadLocal<IdentityHashMap<Expr, Object>> CACHE =
        ThreadLocal.withInitial(IdentityHashMap::new);

    static final int MAX_INT_SIZE = 128, MAX_COLLECTION_SIZE = 256, MAX_STR_SIZE = 4096;

    /** Whether {@code __debug__} folds to False: compiling at -O or -OO (ast_opt.c, state->optimize). */
    private static final ThreadLocal<Boolean> OPTIMIZED = ThreadLocal.withInitial(() -> Boolean.FALSE);

    /** Starts (or ends) a compilation at optimization level OPTIMIZE. */
    static void reset(int optimize) {
        // A fresh table, not clear(): clearing walks the whole (once grown) table every module.
        CACHE.remove();
        OPTIMIZED.set(optimize > 0);
    }

    /** The folded bytecode constant of e, or null. */
    static Object fold(Expr e) {
        if (e instanceof Expr.Constant c) {
            return CodeGen.constValue(c.value());
        }
        if (e instanceof Expr.Name n) {
            // (not cached: a name is cheap to decide, and names are the commonest expression)
            return compute(n);
        }
        if (!(e instanceof Expr.UnaryOp || e instanceof Expr.BinOp || e instanceof Expr.Tuple
            || e instanceof Expr.Subscript)) {
            return null;
        }
        IdentityHashMap<Expr, Object> cache = CACHE.get();
        Object v = cache.get(e);
        if (v == null) {
            v = compute(e);
            cache.put(e, v == null ? NOT_CONST : v);
        }
        return v == NOT_CONST ? null : v;
    }

    /** The constant {@code __debug__} folds to: {@code not optimize}. */
    static Boolean debugValue() {
        return OPTIMIZED.get() ? Boolean.FALSE : Boolean.TRUE;
    }

    static boolean allConst(List<Expr> es) {
        for (Expr e : es) {
            if (e == null || e instanceof Expr.Starred || fold(e) == null) {
                return false;
            }
        }
        return true;
    }

    private static Object compute(Expr e) {
        if (e instanceof Expr.Name n) {
            return n.ctx() == ExprContext.Load && n.id().equals("__debug__") ? debugValue() : null;
        } else if (e instanceof Expr.Tuple t) {
            if (t.ctx() != ExprContext.Load || !allConst(t.elts())) {
                return null;
            }
            Object[] items = new Object[t.elts().size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = fold(t.elts().get(i));
            }
            return new TupleConst(items);
        } else if (e instanceof Expr.UnaryOp u) {
            Object v = fold(u.operand());
            if (v == null) {
                return null;
            }
            return switch (u.op()) {
                case USub -> negate(v);
                case UAdd -> isNumber(v) ? (v instanceof Boolean b ? (Object) (b ? 1L : 0L) : v) : null;
                case Invert -> v instanceof Long l ? (Object) ~l : v instanceof BigInteger b ? norm(b.not())
                    : v instanceof Boolean b ? invertBool(b) : null;
                case Not -> truth(v);
            };
        } else if (e instanceof Expr.Subscript sub) {
            // Compare CPython ast_opt.c: fold_subscr (constant[constant index])
            if (sub.ctx() != ExprContext.Load || sub.slice() instanceof Expr.Slice) {
                return null;
            }
            Object v = fold(sub.value());
            Object k = v == null ? null : fold(sub.slice());
            if (k instanceof Boolean bk) {
                k = bk ? 1L : 0L; // a bool indexes as the int it is
            }
            if (!(k instanceof Long idx)) {
                return null;
            }
            if (v instanceof String str) {
                int n = str.codePointCount(0, str.length());
                long i = idx < 0 ? idx + n : idx;
                if (i < 0 || i >= n) {
                    return null;
                }
                int off = str.offsetByCodePoints(0, (int) i);
                return new String(Character.toChars(str.codePointAt(off)));
            }
            if (v instanceof TupleConst t) {
                long i = idx < 0 ? idx + t.size() : idx;
                return i < 0 || i >= t.size() ? null : t.get((int) i);
            }
            if (v instanceof org.pyvm.bytecode.BytesConst b) {
                long i = idx < 0 ? idx + b.value().length : idx;
                return i < 0 || i >= b.value().length ? null : (Object) (long) (b.value()[(int) i] & 0xff);
            }
            return null;
        } else if (e instanceof Expr.BinOp b) {
            Object l = fold(b.left());
            if (l == null) {
                return null;
            }
            Object r = fold(b.right());
            if (r == null) {
                return null;
            }
            return binop(b.op(), l, r);
        } else {
            return null;
        }
    }

    /** ~b folded (once per node: fold's results are cached), after bool_invert's warning. */
    private static Object invertBool(boolean b) {
        java.util.function.BooleanSupplier warn = Compiler.boolInvertWarning;
        if (warn != null && !warn.getAsBoolean()) {
            return null;
        }
        return b ? -2L : -1L;
    }

    private static boolean isNumber(Object v) {
        return v instanceof Long || v instanceof BigInteger || v instanceof Double || v instanceof ComplexConst
            || v instanceof Boolean;
    }

    private static Boolean truth(Object v) {
        if (v instanceof Boolean b) {
            return !b;
        }
        if (v instanceof Long l) {
            return l == 0;
        }
        if (v instanceof BigInteger) {
            return false;
        }
        if (v instanceof Double d) {
            return d == 0.0;
        }
        if (v instanceof String s) {
            return s.isEmpty();
        }
        if (v == Constant.NONE) {
            return true;
        }
        if (v instanceof TupleConst t) {
            return t.size() == 0;
        }
        return null;
    }

    private static Object negate(Object v) {
        if (v instanceof Boolean b) {
            return b ? -1L : 0L;
        }
        if (v instanceof Long l) {
            return l == Long.MIN_VALUE ? BigInteger.valueOf(l).negate() : (Object) (-l);
        }
        if (v instanceof BigInteger b) {
            return norm(b.negate());
        }
        if (v instanceof Double d) {
            return -d;
        }
        if (v instanceof ComplexConst c) {
            return new ComplexConst(-c.real(), -c.imag());
        }
        return null;
    }

    static Object norm(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    private static BigInteger big(Object v) {
        if (v instanceof Long l) {
            return BigInteger.valueOf(l);
        }
        if (v instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        return (BigInteger) v;
    }

    private static boolean isInt(Object v) {
        return v instanceof Long || v instanceof BigInteger || v instanceof Boolean;
    }

    private static Object binop(org.pyvm.ast.Operator op, Object l, Object r) {
        Object v = exactBinop(op, l, r);
        if (v != null || !isNumber(l) || !isNumber(r)) {
            return v;
        }
        // What exactBinop leaves: float and complex arithmetic that rounds (float ** float,
        // complex * / **), and int ** negative int (a float). An int operation it refused
        // for its size (safe_multiply, safe_power, safe_lshift) stays unfolded.
        boolean bothInts = isInt(l) && isInt(r);
        if (bothInts && !(op == org.pyvm.ast.Operator.Pow && big(r).signum() < 0)) {
            return null;
        }
        Compiler.NumberFolder folder = Compiler.numberFolder;
        return folder == null ? null : folder.fold(CodeGen.binop(op), l, r);
    }

    private static Object exactBinop(org.pyvm.ast.Operator op, Object l, Object r) {
        if (l instanceof Boolean a && r instanceof Boolean b) {
            switch (op) {
                case BitAnd -> { return a & b; }
                case BitOr -> { return a | b; }
                case BitXor -> { return a ^ b; }
                default -> { }
            }
        }
        if (isInt(l) && isInt(r)) {
            BigInteger a = big(l), b = big(r);
            switch (op) {
                case Add -> { return norm(a.add(b)); }
                case Sub -> { return norm(a.subtract(b)); }
                case Mult -> {
                    if (a.signum() != 0 && b.signum() != 0 && a.bitLength() + b.bitLength() > MAX_INT_SIZE) {
                        return null;
                    }
                    return norm(a.multiply(b));
                }
                case BitAnd -> { return norm(a.and(b)); }
                case BitOr -> { return norm(a.or(b)); }
                case BitXor -> { return norm(a.xor(b)); }
                case LShift -> {
                    // Compare ast_opt.c: safe_lshift (no size limit when either side is zero)
                    if (b.signum() >= 0 && a.signum() == 0) {
                        return 0L;
                    }
                    if (b.signum() < 0 || b.compareTo(BigInteger.valueOf(MAX_INT_SIZE)) > 0) {
                        return null;
                    }
                    if (a.signum() != 0 && a.bitLength() + b.intValue() > MAX_INT_SIZE) {
                        return null;
                    }
                    return norm(a.shiftLeft(b.intValue()));
                }
                case RShift -> {
                    if (b.signum() < 0) {
                        return null;
                    }
                    return norm(b.bitLength() > 31 ? (a.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO)
                        : a.shiftRight(b.intValue()));
                }
                case FloorDiv, Mod -> {
                    if (b.signum() == 0) {
                        return null;
                    }
                    BigInteger[] qr = a.divideAndRemainder(b);
                    BigInteger q = qr[0], m = qr[1];
                    if (m.signum() != 0 && (m.signum() != b.signum())) {
                        q = q.subtract(BigInteger.ONE);
                        m = m.add(b);
                    }
                    return norm(op == org.pyvm.ast.Operator.FloorDiv ? q : m);
                }
                case Div -> {
                    // int / int is correctly rounded; so is the double division of exact operands
                    if (b.signum() == 0) {
                        return null;
                    }
                    if (a.bitLength() > 53 || b.bitLength() > 53) {
                        return trueDivide(a, b);
                    }
                    return a.doubleValue() / b.doubleValue();
                }
                case Pow -> {
                    if (b.signum() < 0 || b.bitLength() > 31) {
                        return null;
                    }
                    if (a.signum() != 0 && a.abs().compareTo(BigInteger.ONE) > 0
                        && (long) a.bitLength() * b.intValue() > MAX_INT_SIZE) {
                        return null;
                    }
                    return norm(a.pow(b.intValue()));
                }
                default -> { return null; }
            }
        }
        if ((l instanceof Double || isInt(l)) && (r instanceof Double || isInt(r))
            && (l instanceof Double || r instanceof Double)) {
            Double x = toDouble(l), y = toDouble(r);
            if (x == null || y == null) {
                return null;
            }
            return switch (op) {
                case Add -> x + y;
                case Sub -> x - y;
                case Mult -> x * y;
                case Div -> y == 0.0 ? null : x / y;
                case Pow -> exactPow(x, r);
                case Mod -> y == 0.0 ? null : (Object) floatMod(x, y);
                case FloorDiv -> y == 0.0 ? null : (Object) floatFloorDiv(x, y);
                default -> null;
            };
        }
        if (op == org.pyvm.ast.Operator.Div && isInt(l) && isInt(r)) {
            // int / int is correctly rounded; so is the double division of exact operands
            BigInteger a = big(l), b = big(r);
            if (b.signum() == 0 || a.bitLength() > 53 || b.bitLength() > 53) {
                return null;
            }
            return a.doubleValue() / b.doubleValue();
        }
        if ((op == org.pyvm.ast.Operator.Add || op == org.pyvm.ast.Operator.Sub)
            && (l instanceof ComplexConst || r instanceof ComplexConst)) {
            double[] a = complexParts(l), b = complexParts(r);
            if (a == null || b == null) {
                return null;
            }
            return op == org.pyvm.ast.Operator.Add ? new ComplexConst(a[0] + b[0], a[1] + b[1])
                : new ComplexConst(a[0] - b[0], a[1] - b[1]);
        }
        // Concatenation has no size limit (ast_opt.c checks only *, ** and <<).
        if (op == org.pyvm.ast.Operator.Add && isStr(l) && isStr(r)) {
            int[] a = codePoints(l), b = codePoints(r);
            int[] cps = java.util.Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, cps, a.length, b.length);
            return str(cps);
        }
        if (op == org.pyvm.ast.Operator.Add && l instanceof TupleConst a && r instanceof TupleConst b) {
            Object[] items = new Object[a.size() + b.size()];
            System.arraycopy(a.items(), 0, items, 0, a.size());
            System.arraycopy(b.items(), 0, items, a.size(), b.size());
            return new TupleConst(items);
        }
        if (op == org.pyvm.ast.Operator.Add && l instanceof org.pyvm.bytecode.BytesConst a
            && r instanceof org.pyvm.bytecode.BytesConst b) {
            byte[] v = new byte[a.value().length + b.value().length];
            System.arraycopy(a.value(), 0, v, 0, a.value().length);
            System.arraycopy(b.value(), 0, v, a.value().length, b.value().length);
            return new org.pyvm.bytecode.BytesConst(v);
        }
        if (op == org.pyvm.ast.Operator.Mult && l instanceof org.pyvm.bytecode.BytesConst a && isInt(r)) {
            BigInteger n = big(r);
            int len = a.value().length;
            if (len == 0) {
                return a;
            }
            if (n.signum() < 0 || n.compareTo(BigInteger.valueOf(MAX_STR_SIZE / len)) > 0) {
                return null;
            }
            byte[] v = new byte[len * n.intValue()];
            for (int j = 0; j < n.intValue(); j++) {
                System.arraycopy(a.value(), 0, v, j * len, len);
            }
            return new org.pyvm.bytecode.BytesConst(v);
        }
        if (op == org.pyvm.ast.Operator.Mult && isInt(l)
            && (r instanceof String || r instanceof TupleConst || r instanceof org.pyvm.bytecode.BytesConst)) {
            return binop(op, r, l);
        }
        if (op == org.pyvm.ast.Operator.Mult && l instanceof TupleConst a && isInt(r)) {
            BigInteger n = big(r);
            if (a.size() == 0) {
                return a;
            }
            if (n.signum() < 0) {
                return null;
            }
            if (n.compareTo(BigInteger.valueOf(MAX_COLLECTION_SIZE / a.size())) > 0) {
                return null;
            }
            int k = n.intValue();
            Object[] items = new Object[a.size() * k];
            for (int j = 0; j < k; j++) {
                System.arraycopy(a.items(), 0, items, j * a.size(), a.size());
            }
            return new TupleConst(items);
        }
        if (isStr(l) && isInt(r) && op == org.pyvm.ast.Operator.Mult) {
            BigInteger n = big(r);
            int[] a = codePoints(l);
            int len = a.length;
            if (len == 0) {
                return l;
            }
            if (n.signum() < 0) {
                return null;
            }
            if (n.compareTo(BigInteger.valueOf(MAX_STR_SIZE / len)) > 0) {
                return null;
            }
            int times = n.intValue();
            int[] cps = new int[len * times];
            for (int k = 0; k < times; k++) {
                System.arraycopy(a, 0, cps, k * len, len);
            }
            return str(cps);
        }
        return null;
    }

    /**
     * a / b correctly rounded (round-half-even), as CPython's long_true_divide gives it for
     * operands too large for exact doubles; null where the result would be subnormal or
     * overflow (CPython raises OverflowError there; not worth folding the rest).
     */
    private static Double trueDivide(BigInteger a, BigInteger b) {
        boolean negative = (a.signum() < 0) != (b.signum() < 0); // 0 / -n is -0.0
        BigInteger x = a.abs(), y = b.abs();
        if (x.signum() == 0) {
            return negative ? -0.0 : 0.0;
        }
        // a quotient of at least 55 bits, and whether anything was left over
        int shift = 55 - (x.bitLength() - y.bitLength());
        BigInteger[] qr = shift >= 0 ? x.shiftLeft(shift).divideAndRemainder(y)
            : x.divideAndRemainder(y.shiftLeft(-shift));
        BigInteger q = qr[0];
        boolean sticky = qr[1].signum() != 0;
        int extra = q.bitLength() - 53;
        long m = q.shiftRight(extra).longValueExact();
        BigInteger rest = q.subtract(BigInteger.valueOf(m).shiftLeft(extra));
        BigInteger half = BigInteger.ONE.shiftLeft(extra - 1);
        int c = rest.compareTo(half);
        if (c > 0 || c == 0 && (sticky || (m & 1) != 0)) {
            m++;
            if (m == 1L << 53) {
                m >>= 1;
                extra++;
            }
        }
        int exp = extra - shift; // the value is m * 2**exp, m of 53 bits
        if (exp + 52 > 1023 || exp + 52 < -1022) {
            return null;
        }
        double v = Math.scalb((double) m, exp);
        return negative ? -v : v;
    }

    // Compare CPython Objects/floatobject.c: float_rem (Java's % on doubles is C's fmod).
    private static double floatMod(double vx, double wx) {
        double mod = vx % wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        return mod;
    }

    // Compare CPython Objects/floatobject.c: _float_div_mod (the quotient half).
    private static double floatFloorDiv(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0.0 && (wx < 0) != (mod < 0)) {
            div -= 1.0;
        }
        if (div != 0.0) {
            double floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
            return floordiv;
        }
        return Math.copySign(0.0, vx / wx);
    }

    private static boolean isStr(Object v) {
        return v instanceof String || v instanceof org.pyvm.bytecode.StrPoints;
    }

    // A str constant's code points: a String's lone surrogates count one each (it has no
    // escaped pairs: those are StrPoints), so joining code points never merges two of them.
    private static int[] codePoints(Object v) {
        return v instanceof org.pyvm.bytecode.StrPoints p ? p.codePoints() : ((String) v).codePoints().toArray();
    }

    /** The str constant of these code points: a String unless it holds a surrogate pair. */
    static Object str(int[] cps) {
        return org.pyvm.bytecode.StrPoints.needed(cps) ? new org.pyvm.bytecode.StrPoints(cps)
            : new String(cps, 0, cps.length);
    }

    private static double[] complexParts(Object v) {
        if (v instanceof ComplexConst c) {
            return new double[] {c.real(), c.imag()};
        }
        if (v instanceof Double d) {
            return new double[] {d, 0.0};
        }
        if (isInt(v)) {
            Double d = toDouble(v);
            return d == null ? null : new double[] {d, 0.0};
        }
        return null;
    }

    // float ** int folded only when the result is exact (no rounding to get wrong)
    private static Object exactPow(double x, Object exp) {
        if (!isInt(exp)) {
            return null;
        }
        BigInteger n = big(exp);
        if (n.signum() < 0 || n.bitLength() > 10 || Double.isNaN(x) || Double.isInfinite(x)) {
            return null;
        }
        java.math.BigDecimal exact = new java.math.BigDecimal(x).pow(n.intValue());
        double r = exact.doubleValue();
        if (Double.isInfinite(r) || new java.math.BigDecimal(r).compareTo(exact) != 0) {
            return null;
        }
        if (r == 0.0 && (x < 0 || 1 / x < 0) && n.testBit(0)) {
            return -0.0;
        }
        return r;
    }

    private static Double toDouble(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        BigInteger b = big(v);
        if (b.bitLength() > 53) {
            return null; // let the runtime round (and overflow) as Python does
        }
        return b.doubleValue();
    }

    /**
     * {@code 'lit %s lit %r' % (a, b)} as the f-string it is equivalent to, or null.
     * Compare CPython ast_opt.c: optimize_format, parse_literal, simple_format_arg_parse,
     * parse_format (only %s, %r and %a with optional width and precision).
     */
    static Expr percentFormat(Expr.BinOp node) {
        // The left operand after folding: ("a %s " + "b %r") % (x, y) qualifies too.
        if (node.op() != org.pyvm.ast.Operator.Mod
            || !((node.left() instanceof Expr.Constant c ? c.value() : fold(node.left())) instanceof String fmt)
            || !(node.right() instanceof Expr.Tuple t)
            || t.elts().stream().anyMatch(x -> x instanceof Expr.Starred) || fold(t) != null) {
            return null;
        }
        List<Expr> elts = t.elts();
        List<Expr> seq = new ArrayList<>();
        int[] pos = {0};
        int cnt = 0;
        int[] cps = fmt.codePoints().toArray();
        while (true) {
            String lit = literal(cps, pos);
            if (lit != null) {
                seq.add(new Expr.Constant(lit, null, -1, -1, -1, -1));
            }
            if (pos[0] >= cps.length) {
                break;
            }
            if (cnt >= elts.size()) {
                return null;
            }
            pos[0]++;
            Expr e = formatArg(cps, pos, elts.get(cnt));
            cnt++;
            if (e == null) {
                return null;
            }
            seq.add(e);
        }
        if (cnt < elts.size()) {
            return null;
        }
        return new Expr.JoinedStr(seq, node.lineno(), node.col_offset(), node.end_lineno(), node.end_col_offset());
    }

    private static String literal(int[] cps, int[] ppos) {
        int start = ppos[0], pos = start;
        boolean hasPercents = false;
        while (pos < cps.length) {
            if (cps[pos] != '%') {
                pos++;
            } else if (pos + 1 < cps.length && cps[pos + 1] == '%') {
                hasPercents = true;
                pos += 2;
            } else {
                break;
            }
        }
        ppos[0] = pos;
        if (pos == start) {
            return null;
        }
        String s = new String(cps, start, pos - start);
        return hasPercents ? s.replace("%%", "%") : s;
    }

    private static Expr formatArg(int[] cps, int[] ppos, Expr arg) {
        int pos = ppos[0];
        int width = -1, prec = -1;
        boolean ljust = false;
        int ch;
        while (true) {
            if (pos >= cps.length) {
                return null;
            }
            ch = cps[pos++];
            if (ch == '-') {
                ljust = true;
            } else if (ch != '+' && ch != ' ' && ch != '#' && ch != '0') {
                break;
            }
        }
        if ('0' <= ch && ch <= '9') {
            width = 0;
            int digits = 0;
            while ('0' <= ch && ch <= '9') {
                width = width * 10 + (ch - '0');
                if (pos >= cps.length) {
                    return null;
                }
                ch = cps[pos++];
                if (++digits >= 3) {
                    return null;
                }
            }
        }
        if (ch == '.') {
            if (pos >= cps.length) {
                return null;
            }
            ch = cps[pos++];
            prec = 0;
            int digits = 0;
            while ('0' <= ch && ch <= '9') {
                prec = prec * 10 + (ch - '0');
                if (pos >= cps.length) {
                    return null;
                }
                ch = cps[pos++];
                if (++digits >= 3) {
                    return null;
                }
            }
        }
        ppos[0] = pos;
        if (ch != 's' && ch != 'r' && ch != 'a') {
            return null;
        }
        StringBuilder spec = new StringBuilder();
        if (!ljust && width > 0) {
            spec.append('>');
        }
        if (width >= 0) {
            spec.append(width);
        }
        if (prec >= 0) {
            spec.append('.').append(prec);
        }
        Expr formatSpec = spec.isEmpty() ? null : new Expr.Constant(spec.toString(), null, -1, -1, -1, -1);
        return new Expr.FormattedValue(arg, ch, formatSpec, arg.lineno(), arg.col_offset(), arg.end_lineno(),
            arg.end_col_offset());
    }

    /** A frozenset constant of the given items, equal items (in Python's sense) once. */
    static FrozenSetConst frozenset(Object[] items) {
        List<Object> out = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        for (Object o : items) {
            if (seen.add(equalityKey(o))) {
                out.add(o);
            }
        }
        return new FrozenSetConst(out.toArray());
    }

    /**
     * A Java key equal for constants Python finds equal: False, 0, 0.0, -0.0 and 0j are one
     * key, and tuples compare item by item ((False,) == (0,)), so that a set display keeps
     * the first of equal items, as set_add does.
     */
    private static Object equalityKey(Object o) {
        if (o instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (o instanceof ComplexConst c && c.imag() == 0.0) {
            return equalityKey(c.real());
        }
        if (o instanceof Double d && d == Math.rint(d) && Math.abs(d) < 9e15) {
            return (long) (double) d;
        }
        if (o instanceof TupleConst t) {
            List<Object> keys = new ArrayList<>(t.size());
            for (int i = 0; i < t.size(); i++) {
                keys.add(equalityKey(t.get(i)));
            }
            return keys;
        }
        return o;
    }

    /** The right operand of in / not in, with a list made a tuple and a constant set a frozenset. */
    static Expr foldIn(Cmpop op, Expr e) {
        if (op != Cmpop.In && op != Cmpop.NotIn) {
            return e;
        }
        return foldIter(e);
    }

    // Compare CPython ast_opt.c: fold_iter
    static Expr foldIter(Expr e) {
        if (e instanceof Expr.List l && l.elts().stream().noneMatch(x -> x instanceof Expr.Starred)) {
            return new Expr.Tuple(l.elts(), ExprContext.Load, l.lineno(), l.col_offset(), l.end_lineno(),
                l.end_col_offset());
        }
        if (e instanceof Expr.Set s && allConst(s.elts())) {
            Object[] items = new Object[s.elts().size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = fold(s.elts().get(i));
            }
            return new Expr.Constant(frozenset(items), null, s.lineno(), s.col_offset(), s.end_lineno(),
                s.end_col_offset());
        }
        return e;
    }
}
