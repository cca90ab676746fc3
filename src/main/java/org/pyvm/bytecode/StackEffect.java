package org.pyvm.bytecode;

/**
 * The net effect of an instruction on the value stack's depth, as
 * {@code dis.stack_effect(opcode, oparg, jump=...)} gives it in CPython 3.12, for the
 * compiler's stack-depth pass. Compare CPython Python/compile.c: stack_effect (the
 * pseudo opcodes) and Python/opcode_metadata.h: _PyOpcode_num_popped/_pushed (the
 * real ones; in 3.12 only the pseudo SETUP_* opcodes differ between the jump and the
 * fall-through edge).
 */
public final class StackEffect {

    private StackEffect() {}

    // Effects of the opcodes whose effect does not depend on the argument; 0 if unlisted.
    private static final int[] FIXED = new int[256];

    static {
        FIXED[Opcode.POP_TOP] = -1;
        FIXED[Opcode.PUSH_NULL] = 1;
        FIXED[Opcode.INTERPRETER_EXIT] = -1;
        FIXED[Opcode.END_FOR] = -2;
        FIXED[Opcode.END_SEND] = -1;
        FIXED[Opcode.BINARY_SUBSCR] = -1;
        FIXED[Opcode.BINARY_SLICE] = -2;
        FIXED[Opcode.STORE_SLICE] = -4;
        FIXED[Opcode.GET_LEN] = 1;
        FIXED[Opcode.MATCH_MAPPING] = 1;
        FIXED[Opcode.MATCH_SEQUENCE] = 1;
        FIXED[Opcode.MATCH_KEYS] = 1;
        FIXED[Opcode.PUSH_EXC_INFO] = 1;
        FIXED[Opcode.WITH_EXCEPT_START] = 1;
        FIXED[Opcode.GET_ANEXT] = 1;
        FIXED[Opcode.BEFORE_ASYNC_WITH] = 1;
        FIXED[Opcode.BEFORE_WITH] = 1;
        FIXED[Opcode.END_ASYNC_FOR] = -2;
        FIXED[Opcode.CLEANUP_THROW] = -1;
        FIXED[Opcode.STORE_SUBSCR] = -3;
        FIXED[Opcode.DELETE_SUBSCR] = -2;
        FIXED[Opcode.LOAD_BUILD_CLASS] = 1;
        FIXED[Opcode.LOAD_ASSERTION_ERROR] = 1;
        FIXED[Opcode.RETURN_VALUE] = -1;
        FIXED[Opcode.LOAD_LOCALS] = 1;
        FIXED[Opcode.POP_EXCEPT] = -1;
        FIXED[Opcode.STORE_NAME] = -1;
        FIXED[Opcode.FOR_ITER] = 1;
        FIXED[Opcode.STORE_ATTR] = -2;
        FIXED[Opcode.DELETE_ATTR] = -1;
        FIXED[Opcode.STORE_GLOBAL] = -1;
        FIXED[Opcode.LOAD_CONST] = 1;
        FIXED[Opcode.LOAD_NAME] = 1;
        FIXED[Opcode.COMPARE_OP] = -1;
        FIXED[Opcode.IMPORT_NAME] = -1;
        FIXED[Opcode.IMPORT_FROM] = 1;
        FIXED[Opcode.POP_JUMP_IF_FALSE] = -1;
        FIXED[Opcode.POP_JUMP_IF_TRUE] = -1;
        FIXED[Opcode.IS_OP] = -1;
        FIXED[Opcode.CONTAINS_OP] = -1;
        FIXED[Opcode.RERAISE] = -1;
        FIXED[Opcode.COPY] = 1;
        FIXED[Opcode.BINARY_OP] = -1;
        FIXED[Opcode.LOAD_FAST] = 1;
        FIXED[Opcode.STORE_FAST] = -1;
        FIXED[Opcode.LOAD_FAST_CHECK] = 1;
        FIXED[Opcode.POP_JUMP_IF_NOT_NONE] = -1;
        FIXED[Opcode.POP_JUMP_IF_NONE] = -1;
        FIXED[Opcode.LOAD_CLOSURE] = 1;
        FIXED[Opcode.LOAD_DEREF] = 1;
        FIXED[Opcode.STORE_DEREF] = -1;
        FIXED[Opcode.LOAD_FAST_AND_CLEAR] = 1;
        FIXED[Opcode.LIST_APPEND] = -1;
        FIXED[Opcode.SET_ADD] = -1;
        FIXED[Opcode.MAP_ADD] = -2;
        FIXED[Opcode.MATCH_CLASS] = -2;
        FIXED[Opcode.LIST_EXTEND] = -1;
        FIXED[Opcode.SET_UPDATE] = -1;
        FIXED[Opcode.DICT_MERGE] = -1;
        FIXED[Opcode.DICT_UPDATE] = -1;
        FIXED[Opcode.CALL_INTRINSIC_2] = -1;
        FIXED[Opcode.INSTRUMENTED_RETURN_VALUE] = -1;
        FIXED[Opcode.INSTRUMENTED_END_FOR] = -2;
        FIXED[Opcode.INSTRUMENTED_END_SEND] = -1;
    }

    /**
     * The stack effect of {@code op} with argument {@code arg}: on the jump edge when
     * {@code jump} is true, on the fall-through edge when false, the larger of both when
     * null. Specialized opcodes, INSTRUMENTED_LINE and unknown numbers have none
     * (CPython: {@code ValueError: invalid opcode or oparg}).
     *
     * @throws IllegalArgumentException for those
     */
    public static int of(int op, int arg, Boolean jump) {
        Opcode.Info info = Opcode.info(op);
        if (info == null || info.kind() == Opcode.Kind.SPECIALIZED || op == Opcode.INSTRUMENTED_LINE) {
            throw new IllegalArgumentException("invalid opcode or oparg");
        }
        boolean j = jump == null || jump;
        return switch (op) {
            case Opcode.UNPACK_SEQUENCE -> arg - 1;
            case Opcode.UNPACK_EX -> (arg & 0xff) + (arg >> 8);
            case Opcode.BUILD_TUPLE, Opcode.BUILD_LIST, Opcode.BUILD_SET, Opcode.BUILD_STRING -> 1 - arg;
            case Opcode.BUILD_MAP -> 1 - 2 * arg;
            case Opcode.BUILD_CONST_KEY_MAP, Opcode.RAISE_VARARGS -> -arg;
            case Opcode.LOAD_ATTR -> arg & 1;
            case Opcode.LOAD_GLOBAL -> 1 + (arg & 1);
            case Opcode.LOAD_SUPER_ATTR, Opcode.INSTRUMENTED_LOAD_SUPER_ATTR -> (arg & 1) != 0 ? -1 : -2;
            case Opcode.MAKE_FUNCTION -> -Integer.bitCount(arg & 0xf);
            case Opcode.BUILD_SLICE -> arg == 3 ? -2 : -1;
            case Opcode.CALL_FUNCTION_EX -> (arg & 1) != 0 ? -3 : -2;
            case Opcode.FORMAT_VALUE -> (arg & 4) != 0 ? -1 : 0;
            case Opcode.CALL -> -1 - arg;
            // Pseudo opcodes: the handler is entered with the stack cut back, plus the
            // exception (and for SETUP_CLEANUP the offset of the raising instruction).
            case Opcode.SETUP_FINALLY, Opcode.SETUP_WITH -> j ? 1 : 0;
            case Opcode.SETUP_CLEANUP -> j ? 2 : 0;
            case Opcode.POP_BLOCK, Opcode.JUMP, Opcode.JUMP_NO_INTERRUPT -> 0;
            case Opcode.LOAD_METHOD -> 1;
            case Opcode.LOAD_SUPER_METHOD, Opcode.LOAD_ZERO_SUPER_METHOD, Opcode.LOAD_ZERO_SUPER_ATTR,
                 Opcode.STORE_FAST_MAYBE_NULL -> -1;
            default -> FIXED[op];
        };
    }
}
