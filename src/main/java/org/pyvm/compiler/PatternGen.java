package org.pyvm.compiler;

import static org.pyvm.bytecode.Opcode.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pyvm.ast.Cmpop;
import org.pyvm.ast.Expr;
import org.pyvm.ast.ExprContext;
import org.pyvm.ast.MatchCase;
import org.pyvm.ast.Pattern;
import org.pyvm.ast.Stmt;
import org.pyvm.bytecode.Constant;
import org.pyvm.bytecode.TupleConst;

/**
 * The match statement (PEP 634): the subject stays on the stack while each pattern is
 * tried; captured values are kept on the stack and stored only once the whole pattern
 * matched; a failure jumps to the "fail_pop" block that pops what is on the stack.
 * Compare CPython Python/compile.c: compiler_match_inner, compiler_pattern and
 * the pattern helpers.
 */
final class PatternGen {

    private final CodeGen g;

    PatternGen(CodeGen g) {
        this.g = g;
    }

    /** Compare CPython compile.c: pattern_context. */
    private static final class Ctx {
        List<String> stores = new ArrayList<>();
        boolean allowIrrefutable;
        List<Block> failPop = new ArrayList<>();
        int onTop;
    }

    private static boolean wildcard(Pattern p) {
        return p instanceof Pattern.MatchAs a && a.pattern() == null && a.name() == null;
    }

    private static boolean wildcardStar(Pattern p) {
        return p instanceof Pattern.MatchStar s && s.name() == null;
    }

    private void ensureFailPop(Ctx pc, int n) {
        while (pc.failPop.size() < n + 1) {
            pc.failPop.add(g.newBlock());
        }
    }

    private void jumpToFailPop(Loc loc, Ctx pc, int op) {
        int pops = pc.onTop + pc.stores.size();
        ensureFailPop(pc, pops);
        g.addopJ(op, pc.failPop.get(pops), loc);
    }

    private void emitAndResetFailPop(Loc loc, Ctx pc) {
        if (pc.failPop.isEmpty()) {
            return;
        }
        for (int i = pc.failPop.size() - 1; i > 0; i--) {
            g.useBlock(pc.failPop.get(i));
            g.addop(POP_TOP, loc);
        }
        g.useBlock(pc.failPop.get(0));
        pc.failPop = new ArrayList<>();
    }

    private void rotate(Loc loc, int count) {
        while (1 < count) {
            g.addopI(SWAP, count--, loc);
        }
    }

    private void storeName(Loc loc, String n, Ctx pc) {
        if (n == null) {
            g.addop(POP_TOP, loc);
            return;
        }
        if (pc.stores.contains(n)) {
            throw CompileError.syntax("multiple assignments to name '" + n + "' in pattern", loc);
        }
        rotate(loc, pc.onTop + pc.stores.size() + 1);
        pc.stores.add(n);
    }

    // Compare CPython compile.c: compiler_match_inner
    void match(Stmt.Match s) {
        g.visitExpr(s.subject());
        Block end = g.newBlock();
        List<MatchCase> cases = s.cases();
        int n = cases.size();
        MatchCase m = cases.get(n - 1);
        boolean hasDefault = wildcard(m.pattern()) && 1 < n;
        int last = n - (hasDefault ? 1 : 0) - 1;
        for (int i = 0; i <= last; i++) {
            m = cases.get(i);
            Loc ploc = Loc.of(m.pattern());
            if (i != last) {
                g.addopI(COPY, 1, ploc);
            }
            Ctx pc = new Ctx();
            pc.allowIrrefutable = m.guard() != null || i == n - 1;
            pattern(m.pattern(), pc);
            for (String name : pc.stores) {
                g.nameop(name, ExprContext.Store, ploc);
            }
            if (m.guard() != null) {
                ensureFailPop(pc, 0);
                g.jumpIf(ploc, m.guard(), pc.failPop.get(0), false);
            }
            if (i != last) {
                g.addop(POP_TOP, ploc);
            }
            g.visitStmts(m.body());
            g.addopJ(JUMP, end, Loc.NONE);
            emitAndResetFailPop(ploc, pc);
        }
        if (hasDefault) {
            m = cases.get(n - 1);
            Loc ploc = Loc.of(m.pattern());
            if (n == 1) {
                g.addop(POP_TOP, ploc);
            } else {
                g.addop(NOP, ploc);
            }
            if (m.guard() != null) {
                g.jumpIf(ploc, m.guard(), end, false);
            }
            g.visitStmts(m.body());
        }
        g.useBlock(end);
    }

    private void subpattern(Pattern p, Ctx pc) {
        boolean allow = pc.allowIrrefutable;
        pc.allowIrrefutable = true;
        pattern(p, pc);
        pc.allowIrrefutable = allow;
    }

    // Compare CPython compile.c: compiler_pattern
    private void pattern(Pattern p, Ctx pc) {
        Loc loc = Loc.of(p);
        if (p instanceof Pattern.MatchValue v) {
            Expr value = v.value();
            if (!(value instanceof Expr.Constant || value instanceof Expr.Attribute
                || Folding.fold(value) != null)) {
                throw CompileError.syntax("patterns may only match literals and attribute lookups", loc);
            }
            g.visitExpr(value);
            g.addCompare(Cmpop.Eq, loc);
            jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        } else if (p instanceof Pattern.MatchSingleton s) {
            g.loadConst(CodeGen.constValue(s.value()), loc);
            g.addCompare(Cmpop.Is, loc);
            jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        } else if (p instanceof Pattern.MatchSequence s) {
            sequence(s, pc);
        } else if (p instanceof Pattern.MatchMapping mm) {
            mapping(mm, pc);
        } else if (p instanceof Pattern.MatchClass c) {
            classPattern(c, pc);
        } else if (p instanceof Pattern.MatchStar s) {
            storeName(loc, s.name(), pc);
        } else if (p instanceof Pattern.MatchAs a) {
            if (a.pattern() == null) {
                if (!pc.allowIrrefutable) {
                    if (a.name() != null) {
                        throw CompileError.syntax("name capture '" + a.name()
                            + "' makes remaining patterns unreachable", loc);
                    }
                    throw CompileError.syntax("wildcard makes remaining patterns unreachable", loc);
                }
                storeName(loc, a.name(), pc);
                return;
            }
            pc.onTop++;
            g.addopI(COPY, 1, loc);
            pattern(a.pattern(), pc);
            pc.onTop--;
            storeName(loc, a.name(), pc);
        } else if (p instanceof Pattern.MatchOr o) {
            or(o, pc);
        }
    }

    // Compare CPython compile.c: compiler_pattern_sequence
    private void sequence(Pattern.MatchSequence p, Ctx pc) {
        Loc loc = Loc.of(p);
        List<Pattern> patterns = p.patterns();
        int size = patterns.size();
        int star = -1;
        boolean onlyWildcard = true, starWildcard = false;
        for (int i = 0; i < size; i++) {
            Pattern pat = patterns.get(i);
            if (pat instanceof Pattern.MatchStar) {
                if (star >= 0) {
                    throw CompileError.syntax("multiple starred names in sequence pattern", loc);
                }
                starWildcard = wildcardStar(pat);
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= wildcard(pat);
        }
        pc.onTop++;
        g.addop(MATCH_SEQUENCE, loc);
        jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        if (star < 0) {
            g.addop(GET_LEN, loc);
            g.loadConst((long) size, loc);
            g.addCompare(Cmpop.Eq, loc);
            jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        } else if (size - 1 > 0) {
            g.addop(GET_LEN, loc);
            g.loadConst((long) (size - 1), loc);
            g.addCompare(Cmpop.GtE, loc);
            jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        }
        pc.onTop--;
        if (onlyWildcard) {
            g.addop(POP_TOP, loc);
        } else if (starWildcard) {
            // Compare pattern_helper_sequence_subscr
            pc.onTop++;
            for (int i = 0; i < size; i++) {
                Pattern pat = patterns.get(i);
                if (wildcard(pat) || i == star) {
                    continue;
                }
                g.addopI(COPY, 1, loc);
                if (i < star) {
                    g.loadConst((long) i, loc);
                } else {
                    g.addop(GET_LEN, loc);
                    g.loadConst((long) (size - i), loc);
                    g.addopI(BINARY_OP, 10, loc);
                }
                g.addop(BINARY_SUBSCR, loc);
                subpattern(pat, pc);
            }
            pc.onTop--;
            g.addop(POP_TOP, loc);
        } else {
            // Compare pattern_helper_sequence_unpack
            boolean seenStar = false;
            for (int i = 0; i < size; i++) {
                if (patterns.get(i) instanceof Pattern.MatchStar && !seenStar) {
                    g.addopI(UNPACK_EX, i + ((size - i - 1) << 8), loc);
                    seenStar = true;
                }
            }
            if (!seenStar) {
                g.addopI(UNPACK_SEQUENCE, size, loc);
            }
            pc.onTop += size;
            for (Pattern pat : patterns) {
                pc.onTop--;
                subpattern(pat, pc);
            }
        }
    }

    // Compare CPython compile.c: compiler_pattern_mapping
    /**
     * A constant as a set key under Python's equality, where 0 == False == 0.0 == 0j (CPython
     * keeps the seen keys in a Python set). Compare compile.c: compiler_pattern_mapping.
     */
    private static Object equalityKey(Object v) {
        if (v instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (v instanceof org.pyvm.bytecode.ComplexConst c && c.imag() == 0.0) {
            return equalityKey(c.real());
        }
        if (v instanceof Double d && !d.isInfinite() && !d.isNaN() && d == Math.rint(d)) {
            java.math.BigInteger i = new java.math.BigDecimal(d).toBigInteger();
            return i.bitLength() < 64 ? (Object) i.longValue() : i;
        }
        if (v instanceof java.math.BigInteger i && i.bitLength() < 64) {
            return i.longValue();
        }
        return v;
    }

    private void mapping(Pattern.MatchMapping p, Ctx pc) {
        Loc loc = Loc.of(p);
        List<Expr> keys = p.keys();
        List<Pattern> patterns = p.patterns();
        int size = keys.size();
        String star = p.rest();
        pc.onTop++;
        g.addop(MATCH_MAPPING, loc);
        jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        if (size == 0 && star == null) {
            pc.onTop--;
            g.addop(POP_TOP, loc);
            return;
        }
        if (size > 0) {
            g.addop(GET_LEN, loc);
            g.loadConst((long) size, loc);
            g.addCompare(Cmpop.GtE, loc);
            jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        }
        Set<Object> seen = new HashSet<>();
        for (Expr key : keys) {
            Object folded = Folding.fold(key);
            if (folded != null) {
                if (!seen.add(equalityKey(folded))) {
                    throw CompileError.syntax("mapping pattern checks duplicate key ("
                        + org.pyvm.bytecode.PyRepr.of(folded) + ")", loc);
                }
            } else if (!(key instanceof Expr.Attribute)) {
                throw CompileError.syntax("mapping pattern keys may only match literals and attribute lookups", loc);
            }
        }
        g.visitExprs(keys);
        g.addopI(BUILD_TUPLE, size, loc);
        g.addop(MATCH_KEYS, loc);
        pc.onTop += 2;
        g.addopI(COPY, 1, loc);
        g.loadConst(Constant.NONE, loc);
        g.addopI(IS_OP, 1, loc);
        jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        g.addopI(UNPACK_SEQUENCE, size, loc);
        pc.onTop += size - 1;
        for (Pattern pat : patterns) {
            pc.onTop--;
            subpattern(pat, pc);
        }
        pc.onTop -= 2;
        if (star != null) {
            g.addopI(BUILD_MAP, 0, loc);
            g.addopI(SWAP, 3, loc);
            g.addopI(DICT_UPDATE, 2, loc);
            g.addopI(UNPACK_SEQUENCE, size, loc);
            while (size > 0) {
                g.addopI(COPY, 1 + size--, loc);
                g.addopI(SWAP, 2, loc);
                g.addop(DELETE_SUBSCR, loc);
            }
            storeName(loc, star, pc);
        } else {
            g.addop(POP_TOP, loc);
            g.addop(POP_TOP, loc);
        }
    }

    // Compare CPython compile.c: compiler_pattern_class
    private void classPattern(Pattern.MatchClass p, Ctx pc) {
        Loc loc = Loc.of(p);
        List<Pattern> patterns = p.patterns();
        List<String> attrs = p.kwd_attrs();
        List<Pattern> kwdPatterns = p.kwd_patterns();
        int nargs = patterns.size(), nattrs = attrs.size();
        for (int i = 0; i < nattrs; i++) {
            for (int j = i + 1; j < nattrs; j++) {
                if (attrs.get(i).equals(attrs.get(j))) {
                    throw CompileError.syntax("attribute name repeated in class pattern: " + attrs.get(i),
                        Loc.of(kwdPatterns.get(j)));
                }
            }
        }
        g.visitExpr(p.cls());
        g.loadConst(new TupleConst(attrs.toArray()), loc);
        g.addopI(MATCH_CLASS, nargs, loc);
        g.addopI(COPY, 1, loc);
        g.loadConst(Constant.NONE, loc);
        g.addopI(IS_OP, 1, loc);
        pc.onTop++;
        jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        g.addopI(UNPACK_SEQUENCE, nargs + nattrs, loc);
        pc.onTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++) {
            pc.onTop--;
            Pattern pat = i < nargs ? patterns.get(i) : kwdPatterns.get(i - nargs);
            if (wildcard(pat)) {
                g.addop(POP_TOP, loc);
                continue;
            }
            subpattern(pat, pc);
        }
    }

    // Compare CPython compile.c: compiler_pattern_or
    private void or(Pattern.MatchOr p, Ctx pc) {
        Loc loc = Loc.of(p);
        Block end = g.newBlock();
        int size = p.patterns().size();
        List<String> oldStores = pc.stores;
        boolean oldAllow = pc.allowIrrefutable;
        List<Block> oldFailPop = pc.failPop;
        int oldOnTop = pc.onTop;
        List<String> control = null;
        for (int i = 0; i < size; i++) {
            Pattern alt = p.patterns().get(i);
            pc.stores = new ArrayList<>();
            pc.allowIrrefutable = i == size - 1 && oldAllow;
            pc.failPop = new ArrayList<>();
            pc.onTop = 0;
            g.addopI(COPY, 1, Loc.of(alt));
            pattern(alt, pc);
            int nstores = pc.stores.size();
            if (i == 0) {
                control = pc.stores;
            } else if (nstores != control.size()) {
                throw CompileError.syntax("alternative patterns bind different names", loc);
            } else if (nstores > 0) {
                int icontrol = nstores;
                while (icontrol-- > 0) {
                    String name = control.get(icontrol);
                    int istores = pc.stores.indexOf(name);
                    if (istores < 0) {
                        throw CompileError.syntax("alternative patterns bind different names", loc);
                    }
                    if (icontrol != istores) {
                        int rotations = istores + 1;
                        List<String> rotated = new ArrayList<>(pc.stores.subList(0, rotations));
                        pc.stores.subList(0, rotations).clear();
                        pc.stores.addAll(icontrol - istores, rotated);
                        while (rotations-- > 0) {
                            rotate(Loc.of(alt), icontrol + 1);
                        }
                    }
                }
            }
            g.addopJ(JUMP, end, Loc.of(alt));
            emitAndResetFailPop(Loc.of(alt), pc);
        }
        pc.stores = oldStores;
        pc.allowIrrefutable = oldAllow;
        pc.failPop = oldFailPop;
        pc.onTop = oldOnTop;
        g.addop(POP_TOP, loc);
        jumpToFailPop(loc, pc, JUMP);
        g.useBlock(end);
        int nstores = control.size();
        int nrots = nstores + 1 + pc.onTop + pc.stores.size();
        for (int i = 0; i < nstores; i++) {
            rotate(loc, nrots);
            String name = control.get(i);
            if (pc.stores.contains(name)) {
                throw CompileError.syntax("multiple assignments to name '" + name + "' in pattern", loc);
            }
            pc.stores.add(name);
        }
        g.addop(POP_TOP, loc);
    }
}
