package org.pyvm.compiler;

import static org.pyvm.bytecode.Opcode.*;

/**
 * The net stack effect of each 3.12 opcode, on the fall-through path and (for jumps and
 * SETUP_*) on the jump. Compare CPython Python/compile.c: stack_effect and the
 * generated opcode_metadata.h of 3.12.
 */
final class StackEffect {

    private StackEffect() {}

    private static final int VARIES = Integer.MIN_VALUE;
    /** The effect of each opcode whose effect depends on neither argument nor path, else VARIES. */
    private static final int[] FIXED = new int[MAX_PSEUDO_OPCODE + 1];

    static {
        // Looked up per instruction by the stack-depth pass: a table instead of the switch.
        for (int op = 0; op < FIXED.length; op++) {
            FIXED[op] = VARIES;
            int e = compute(op, 0, false);
            if (e != VARIES) {
                boolean same = true;
                for (int arg : new int[] {1, 2, 3, 5, 0x101, 0x10203}) {
                    same &= compute(op, arg, false) == e && compute(op, arg, true) == e;
                }
                if (same && compute(op, 0, true) == e) {
                    FIXED[op] = e;
                }
            }
        }
    }

    static int of(int op, int arg, boolean jump) {
        if (op >= 0 && op < FIXED.length && FIXED[op] != VARIES) {
            return FIXED[op];
        }
        int e = compute(op, arg, jump);
        if (e == VARIES) {
            throw new IllegalArgumentException("no stack effect for " + name(op));
        }
        return e;
    }

    /** The effect, or VARIES for an opcode without one. */
    private static int compute(int op, int arg, boolean jump) {
        return switch (op) {
            case NOP, RESUME, EXTENDED_ARG, CACHE, UNARY_NEGATIVE, UNARY_NOT, UNARY_INVERT, GET_ITER,
                 GET_YIELD_FROM_ITER, GET_AITER, GET_AWAITABLE, DELETE_NAME, DELETE_GLOBAL, DELETE_FAST,
                 DELETE_DEREF, SWAP, JUMP_FORWARD, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT, JUMP,
                 JUMP_NO_INTERRUPT, RETURN_CONST, MAKE_CELL, COPY_FREE_VARS, YIELD_VALUE, KW_NAMES,
                 CALL_INTRINSIC_1, SETUP_ANNOTATIONS, CHECK_EXC_MATCH, CHECK_EG_MATCH, POP_BLOCK, SEND,
                 LOAD_FROM_DICT_OR_GLOBALS, LOAD_FROM_DICT_OR_DEREF, RETURN_GENERATOR -> 0;
            case POP_TOP, END_SEND, BINARY_SUBSCR, STORE_NAME, STORE_GLOBAL, STORE_FAST, STORE_FAST_MAYBE_NULL,
                 STORE_DEREF, COMPARE_OP, IS_OP, CONTAINS_OP, IMPORT_NAME, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE,
                 POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE, RETURN_VALUE, RERAISE, BINARY_OP, POP_EXCEPT,
                 LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE, DICT_MERGE, DICT_UPDATE, CALL_INTRINSIC_2,
                 DELETE_ATTR, CLEANUP_THROW -> -1;
            case END_FOR, BINARY_SLICE, DELETE_SUBSCR, STORE_ATTR, MAP_ADD, END_ASYNC_FOR, MATCH_CLASS -> -2;
            case STORE_SUBSCR -> -3;
            case STORE_SLICE -> -4;
            case PUSH_NULL, GET_LEN, MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS, PUSH_EXC_INFO, WITH_EXCEPT_START,
                 GET_ANEXT, BEFORE_ASYNC_WITH, BEFORE_WITH, LOAD_BUILD_CLASS, LOAD_ASSERTION_ERROR, LOAD_LOCALS,
                 LOAD_CONST, LOAD_NAME, IMPORT_FROM, COPY, LOAD_FAST, LOAD_FAST_CHECK, LOAD_FAST_AND_CLEAR,
                 LOAD_CLOSURE, LOAD_DEREF, FOR_ITER, LOAD_METHOD -> 1;
            case UNPACK_SEQUENCE -> arg - 1;
            case UNPACK_EX -> (arg & 0xff) + (arg >> 8);
            case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING -> 1 - arg;
            case BUILD_MAP -> 1 - 2 * arg;
            case BUILD_CONST_KEY_MAP -> -arg;
            case LOAD_ATTR -> (arg & 1) != 0 ? 1 : 0;
            case LOAD_GLOBAL -> (arg & 1) != 0 ? 2 : 1;
            case LOAD_SUPER_ATTR -> -2 + (arg & 1);
            case RAISE_VARARGS -> -arg;
            case MAKE_FUNCTION -> -Integer.bitCount(arg & 0xf);
            case BUILD_SLICE -> arg == 3 ? -2 : -1;
            case FORMAT_VALUE -> (arg & 4) != 0 ? -1 : 0;
            case CALL -> -1 - arg;
            case CALL_FUNCTION_EX -> -2 - (arg & 1);
            case SETUP_FINALLY -> jump ? 1 : 0;
            case SETUP_CLEANUP -> jump ? 2 : 0;
            case SETUP_WITH -> jump ? 1 : 0;
            default -> VARIES;
        };
    }
}
