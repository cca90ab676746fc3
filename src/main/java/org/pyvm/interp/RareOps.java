package org.pyvm.interp;

import static org.pyvm.bytecode.Opcode.*;
import static org.pyvm.interp.Eval.put;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.Ops;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyCell;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PySet;
import org.pyvm.runtime.Slot;

/**
 * The opcodes that are rare in hot loops (name, global and closure stores, deletes, class
 * and function building, imports, exception-handler bookkeeping, pattern matching, async),
 * run by {@link Eval#loop}'s default case. Out of the loop method so that the loop stays
 * small: HotSpot's C2 compiles a smaller loop sooner (every benchmark's hot loop runs in
 * one loop invocation, so it waits for the on-stack-replacement compile), spends its
 * inlining budget (DesiredMethodLimit) on the hot cases, and keeps the loop's state in
 * registers more. Each case has the semantics it had in the loop; none of them moves pc.
 */
final class RareOps {

    private RareOps() {}

    /** Runs OP with ARG on frame F's stack S; returns the new stack pointer. */
    static int run(Frame f, PyObject[] s, int sp, int op, int arg) {
        switch (op) {
            case LOAD_FAST_AND_CLEAR -> {
                put(s, sp++, s[arg]);
                s[arg] = null;
            }
            case DELETE_FAST -> {
                Steps.checkedLocal(f, arg);
                s[arg] = null;
            }
            case END_SEND -> {
                put(s, sp - 2, s[sp - 1]);
                s[--sp] = null;
            }
            case UNARY_NEGATIVE -> put(s, sp - 1, Ops.unary(s[sp - 1], Slot.NEG, "-"));
            case UNARY_INVERT -> put(s, sp - 1, Ops.unary(s[sp - 1], Slot.INVERT, "~"));
            case UNARY_NOT -> put(s, sp - 1, PyBool.of(!Abstract.isTrue(s[sp - 1])));
            case DELETE_SUBSCR -> {
                Abstract.delItem(s[sp - 2], s[sp - 1]);
                sp = Steps.drop(s, sp, 2);
            }
            case BINARY_SLICE -> sp = Steps.binarySlice(s, sp);
            case STORE_SLICE -> sp = Steps.storeSlice(s, sp);
            case STORE_GLOBAL -> {
                f.globals.setItem(f.code.names[arg], s[--sp]);
                s[sp] = null;
            }
            case DELETE_GLOBAL -> Steps.deleteGlobal(f, arg);
            case LOAD_NAME -> put(s, sp++, Steps.loadName(f, arg));
            case STORE_NAME -> {
                Steps.storeName(f, arg, s[--sp]);
                s[sp] = null;
            }
            case DELETE_NAME -> Steps.deleteName(f, arg);
            case DELETE_ATTR -> {
                Abstract.setAttr(s[sp - 1], f.code.names[arg], null);
                s[--sp] = null;
            }
            case LOAD_SUPER_ATTR -> sp = Steps.loadSuperAttr(f, s, sp, arg);
            case CALL_INTRINSIC_1 -> put(s, sp - 1, Steps.intrinsic1(f, arg, s[sp - 1]));
            case CALL_INTRINSIC_2 -> {
                PyObject b = s[--sp];
                s[sp] = null;
                put(s, sp - 1, Steps.intrinsic2(arg, s[sp - 1], b));
            }
            case BUILD_SET -> sp = Steps.buildSet(s, sp, arg);
            case BUILD_MAP -> sp = Steps.buildMap(s, sp, arg);
            case BUILD_CONST_KEY_MAP -> sp = Steps.buildConstKeyMap(s, sp, arg);
            case BUILD_STRING -> sp = Steps.buildString(s, sp, arg);
            case BUILD_SLICE -> sp = Steps.buildSlice(s, sp, arg);
            case SET_ADD -> {
                ((PySet) s[sp - 1 - arg]).add(s[--sp]);
                s[sp] = null;
            }
            case MAP_ADD -> {
                ((PyDict) s[sp - 2 - arg]).setItem(s[sp - 2], s[sp - 1]);
                sp = Steps.drop(s, sp, 2);
            }
            case LIST_EXTEND -> sp = Steps.listExtend(s, sp, arg);
            case SET_UPDATE -> {
                ((PySet) s[sp - 1 - arg]).update(s[--sp]);
                s[sp] = null;
            }
            case DICT_UPDATE -> sp = Steps.dictUpdate(s, sp, arg);
            case DICT_MERGE -> sp = Steps.dictMerge(s, sp, arg);
            case UNPACK_EX -> sp = Steps.unpackEx(s, sp, arg);
            case FORMAT_VALUE -> sp = Steps.formatValue(s, sp, arg);
            case MAKE_FUNCTION -> sp = Steps.makeFunction(f, s, sp, arg);
            case MAKE_CELL -> put(s, arg, new PyCell(s[arg]));
            case COPY_FREE_VARS -> Steps.copyFreeVars(f, arg);
            case LOAD_CLOSURE -> put(s, sp++, s[arg]);
            case DELETE_DEREF -> Steps.deleteDeref(f, arg);
            case LOAD_FROM_DICT_OR_DEREF -> put(s, sp - 1, Steps.loadFromDictOrDeref(f, s[sp - 1], arg));
            case LOAD_FROM_DICT_OR_GLOBALS -> put(s, sp - 1, Steps.loadFromDictOrGlobals(f, s[sp - 1], arg));
            case LOAD_BUILD_CLASS -> put(s, sp++, Steps.loadBuiltin(f, "__build_class__"));
            case LOAD_LOCALS -> put(s, sp++, Steps.locals(f));
            case SETUP_ANNOTATIONS -> Steps.setupAnnotations(f);
            case LOAD_ASSERTION_ERROR -> put(s, sp++, PyExc.AssertionError);
            case RAISE_VARARGS -> throw Steps.raise(f, s, sp, arg);
            case RERAISE -> throw Steps.reraise(f, s, sp, arg);
            case PUSH_EXC_INFO -> sp = Steps.pushExcInfo(s, sp);
            case POP_EXCEPT -> {
                Steps.popExcept(s[--sp]);
                s[sp] = null;
            }
            case CHECK_EXC_MATCH -> put(s, sp - 1, Steps.checkExcMatch(s[sp - 2], s[sp - 1]));
            case CHECK_EG_MATCH -> Steps.checkEgMatch(f, s, sp);
            case BEFORE_WITH -> sp = Steps.beforeWith(s, sp);
            case WITH_EXCEPT_START -> sp = Steps.withExceptStart(s, sp);
            case CLEANUP_THROW -> sp = Steps.cleanupThrow(f, s, sp);
            case IMPORT_NAME -> sp = Steps.importName(f, s, sp, arg);
            case IMPORT_FROM -> put(s, sp++, Steps.importFrom(s[sp - 2], f.code.names[arg]));
            case GET_LEN -> put(s, sp++, PyInt.of(Abstract.len(s[sp - 2])));
            case MATCH_MAPPING -> put(s, sp++, Steps.matchMapping(s[sp - 2]));
            case MATCH_SEQUENCE -> put(s, sp++, Steps.matchSequence(s[sp - 2]));
            case MATCH_KEYS -> put(s, sp++, Steps.matchKeys(s[sp - 3], s[sp - 2]));
            case MATCH_CLASS -> sp = Steps.matchClass(s, sp, arg);
            case GET_YIELD_FROM_ITER -> put(s, sp - 1, Steps.yieldFromIter(f, s[sp - 1]));
            case GET_AWAITABLE -> put(s, sp - 1, Steps.getAwaitable(s[sp - 1], arg));
            case BEFORE_ASYNC_WITH -> sp = Steps.beforeAsyncWith(s, sp);
            case GET_AITER -> put(s, sp - 1, Steps.getAiter(s[sp - 1]));
            case GET_ANEXT -> put(s, sp++, Steps.getAnext(s[sp - 2]));
            case END_ASYNC_FOR -> sp = Steps.endAsyncFor(f, s, sp);
            default -> throw Steps.unknownOpcode(f, op);
        }
        return sp;
    }
}
