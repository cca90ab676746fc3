package org.pyvm.bytecode;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CPython 3.12's opcode table: every opcode's name, number, number of inline
 * {@code CACHE} code units that follow it, whether it takes an argument, its jump kind
 * and argument category (the {@code opcode.has*} lists), for the real opcodes, the
 * specialized ones the adaptive interpreter writes, the instrumented ones and the
 * compiler's pseudo opcodes.
 *
 * <p>The facts are those of CPython 3.12's {@code Lib/opcode.py} and {@code dis}
 * ({@code opcode.opmap}, {@code opcode._inline_cache_entries},
 * {@code opcode._specializations}, {@code dis._all_opmap}, {@code opcode._pseudo_ops});
 * {@code OpcodeTest} compares the whole table with the running CPython 3.12.
 *
 * <p>Every opcode also has an {@code int} constant here, so that an eval loop can
 * {@code switch} on the byte in {@code co_code} directly. Look-ups by number are array
 * reads. Numbers 256 and above are pseudo opcodes: they never appear in {@code co_code}.
 *
 * <p>Two deliberate choices where {@code opcode} says nothing: a specialized opcode
 * has the argument, argument category and inline-cache count of the opcode it
 * specializes (CPython's {@code _PyOpcode_Caches[_PyOpcode_Deopt[op]]}), and
 * {@link #deopt(int)} maps it to that opcode; every other opcode deopts to itself.
 */
public final class Opcode {

    private Opcode() {}

    public static final int CACHE = 0;
    public static final int POP_TOP = 1;
    public static final int PUSH_NULL = 2;
    public static final int INTERPRETER_EXIT = 3;
    public static final int END_FOR = 4;
    public static final int END_SEND = 5;
    public static final int BINARY_OP_ADD_FLOAT = 6;
    public static final int BINARY_OP_ADD_INT = 7;
    public static final int BINARY_OP_ADD_UNICODE = 8;
    public static final int NOP = 9;
    public static final int BINARY_OP_INPLACE_ADD_UNICODE = 10;
    public static final int UNARY_NEGATIVE = 11;
    public static final int UNARY_NOT = 12;
    public static final int BINARY_OP_MULTIPLY_FLOAT = 13;
    public static final int BINARY_OP_MULTIPLY_INT = 14;
    public static final int UNARY_INVERT = 15;
    public static final int BINARY_OP_SUBTRACT_FLOAT = 16;
    public static final int RESERVED = 17;
    public static final int BINARY_OP_SUBTRACT_INT = 18;
    public static final int BINARY_SUBSCR_DICT = 19;
    public static final int BINARY_SUBSCR_GETITEM = 20;
    public static final int BINARY_SUBSCR_LIST_INT = 21;
    public static final int BINARY_SUBSCR_TUPLE_INT = 22;
    public static final int CALL_PY_EXACT_ARGS = 23;
    public static final int CALL_PY_WITH_DEFAULTS = 24;
    public static final int BINARY_SUBSCR = 25;
    public static final int BINARY_SLICE = 26;
    public static final int STORE_SLICE = 27;
    public static final int CALL_BOUND_METHOD_EXACT_ARGS = 28;
    public static final int CALL_BUILTIN_CLASS = 29;
    public static final int GET_LEN = 30;
    public static final int MATCH_MAPPING = 31;
    public static final int MATCH_SEQUENCE = 32;
    public static final int MATCH_KEYS = 33;
    public static final int CALL_BUILTIN_FAST_WITH_KEYWORDS = 34;
    public static final int PUSH_EXC_INFO = 35;
    public static final int CHECK_EXC_MATCH = 36;
    public static final int CHECK_EG_MATCH = 37;
    public static final int CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS = 38;
    public static final int CALL_NO_KW_BUILTIN_FAST = 39;
    public static final int CALL_NO_KW_BUILTIN_O = 40;
    public static final int CALL_NO_KW_ISINSTANCE = 41;
    public static final int CALL_NO_KW_LEN = 42;
    public static final int CALL_NO_KW_LIST_APPEND = 43;
    public static final int CALL_NO_KW_METHOD_DESCRIPTOR_FAST = 44;
    public static final int CALL_NO_KW_METHOD_DESCRIPTOR_NOARGS = 45;
    public static final int CALL_NO_KW_METHOD_DESCRIPTOR_O = 46;
    public static final int CALL_NO_KW_STR_1 = 47;
    public static final int CALL_NO_KW_TUPLE_1 = 48;
    public static final int WITH_EXCEPT_START = 49;
    public static final int GET_AITER = 50;
    public static final int GET_ANEXT = 51;
    public static final int BEFORE_ASYNC_WITH = 52;
    public static final int BEFORE_WITH = 53;
    public static final int END_ASYNC_FOR = 54;
    public static final int CLEANUP_THROW = 55;
    public static final int CALL_NO_KW_TYPE_1 = 56;
    public static final int COMPARE_OP_FLOAT = 57;
    public static final int COMPARE_OP_INT = 58;
    public static final int COMPARE_OP_STR = 59;
    public static final int STORE_SUBSCR = 60;
    public static final int DELETE_SUBSCR = 61;
    public static final int FOR_ITER_LIST = 62;
    public static final int FOR_ITER_TUPLE = 63;
    public static final int FOR_ITER_RANGE = 64;
    public static final int FOR_ITER_GEN = 65;
    public static final int LOAD_SUPER_ATTR_ATTR = 66;
    public static final int LOAD_SUPER_ATTR_METHOD = 67;
    public static final int GET_ITER = 68;
    public static final int GET_YIELD_FROM_ITER = 69;
    public static final int LOAD_ATTR_CLASS = 70;
    public static final int LOAD_BUILD_CLASS = 71;
    public static final int LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN = 72;
    public static final int LOAD_ATTR_INSTANCE_VALUE = 73;
    public static final int LOAD_ASSERTION_ERROR = 74;
    public static final int RETURN_GENERATOR = 75;
    public static final int LOAD_ATTR_MODULE = 76;
    public static final int LOAD_ATTR_PROPERTY = 77;
    public static final int LOAD_ATTR_SLOT = 78;
    public static final int LOAD_ATTR_WITH_HINT = 79;
    public static final int LOAD_ATTR_METHOD_LAZY_DICT = 80;
    public static final int LOAD_ATTR_METHOD_NO_DICT = 81;
    public static final int LOAD_ATTR_METHOD_WITH_VALUES = 82;
    public static final int RETURN_VALUE = 83;
    public static final int LOAD_CONST__LOAD_FAST = 84;
    public static final int SETUP_ANNOTATIONS = 85;
    public static final int LOAD_FAST__LOAD_CONST = 86;
    public static final int LOAD_LOCALS = 87;
    public static final int LOAD_FAST__LOAD_FAST = 88;
    public static final int POP_EXCEPT = 89;
    public static final int STORE_NAME = 90;
    public static final int DELETE_NAME = 91;
    public static final int UNPACK_SEQUENCE = 92;
    public static final int FOR_ITER = 93;
    public static final int UNPACK_EX = 94;
    public static final int STORE_ATTR = 95;
    public static final int DELETE_ATTR = 96;
    public static final int STORE_GLOBAL = 97;
    public static final int DELETE_GLOBAL = 98;
    public static final int SWAP = 99;
    public static final int LOAD_CONST = 100;
    public static final int LOAD_NAME = 101;
    public static final int BUILD_TUPLE = 102;
    public static final int BUILD_LIST = 103;
    public static final int BUILD_SET = 104;
    public static final int BUILD_MAP = 105;
    public static final int LOAD_ATTR = 106;
    public static final int COMPARE_OP = 107;
    public static final int IMPORT_NAME = 108;
    public static final int IMPORT_FROM = 109;
    public static final int JUMP_FORWARD = 110;
    public static final int LOAD_GLOBAL_BUILTIN = 111;
    public static final int LOAD_GLOBAL_MODULE = 112;
    public static final int STORE_ATTR_INSTANCE_VALUE = 113;
    public static final int POP_JUMP_IF_FALSE = 114;
    public static final int POP_JUMP_IF_TRUE = 115;
    public static final int LOAD_GLOBAL = 116;
    public static final int IS_OP = 117;
    public static final int CONTAINS_OP = 118;
    public static final int RERAISE = 119;
    public static final int COPY = 120;
    public static final int RETURN_CONST = 121;
    public static final int BINARY_OP = 122;
    public static final int SEND = 123;
    public static final int LOAD_FAST = 124;
    public static final int STORE_FAST = 125;
    public static final int DELETE_FAST = 126;
    public static final int LOAD_FAST_CHECK = 127;
    public static final int POP_JUMP_IF_NOT_NONE = 128;
    public static final int POP_JUMP_IF_NONE = 129;
    public static final int RAISE_VARARGS = 130;
    public static final int GET_AWAITABLE = 131;
    public static final int MAKE_FUNCTION = 132;
    public static final int BUILD_SLICE = 133;
    public static final int JUMP_BACKWARD_NO_INTERRUPT = 134;
    public static final int MAKE_CELL = 135;
    public static final int LOAD_CLOSURE = 136;
    public static final int LOAD_DEREF = 137;
    public static final int STORE_DEREF = 138;
    public static final int DELETE_DEREF = 139;
    public static final int JUMP_BACKWARD = 140;
    public static final int LOAD_SUPER_ATTR = 141;
    public static final int CALL_FUNCTION_EX = 142;
    public static final int LOAD_FAST_AND_CLEAR = 143;
    public static final int EXTENDED_ARG = 144;
    public static final int LIST_APPEND = 145;
    public static final int SET_ADD = 146;
    public static final int MAP_ADD = 147;
    public static final int STORE_ATTR_SLOT = 148;
    public static final int COPY_FREE_VARS = 149;
    public static final int YIELD_VALUE = 150;
    public static final int RESUME = 151;
    public static final int MATCH_CLASS = 152;
    public static final int STORE_ATTR_WITH_HINT = 153;
    public static final int STORE_FAST__LOAD_FAST = 154;
    public static final int FORMAT_VALUE = 155;
    public static final int BUILD_CONST_KEY_MAP = 156;
    public static final int BUILD_STRING = 157;
    public static final int STORE_FAST__STORE_FAST = 158;
    public static final int STORE_SUBSCR_DICT = 159;
    public static final int STORE_SUBSCR_LIST_INT = 160;
    public static final int UNPACK_SEQUENCE_LIST = 161;
    public static final int LIST_EXTEND = 162;
    public static final int SET_UPDATE = 163;
    public static final int DICT_MERGE = 164;
    public static final int DICT_UPDATE = 165;
    public static final int UNPACK_SEQUENCE_TUPLE = 166;
    public static final int UNPACK_SEQUENCE_TWO_TUPLE = 167;
    public static final int SEND_GEN = 168;
    public static final int CALL = 171;
    public static final int KW_NAMES = 172;
    public static final int CALL_INTRINSIC_1 = 173;
    public static final int CALL_INTRINSIC_2 = 174;
    public static final int LOAD_FROM_DICT_OR_GLOBALS = 175;
    public static final int LOAD_FROM_DICT_OR_DEREF = 176;
    public static final int INSTRUMENTED_LOAD_SUPER_ATTR = 237;
    public static final int INSTRUMENTED_POP_JUMP_IF_NONE = 238;
    public static final int INSTRUMENTED_POP_JUMP_IF_NOT_NONE = 239;
    public static final int INSTRUMENTED_RESUME = 240;
    public static final int INSTRUMENTED_CALL = 241;
    public static final int INSTRUMENTED_RETURN_VALUE = 242;
    public static final int INSTRUMENTED_YIELD_VALUE = 243;
    public static final int INSTRUMENTED_CALL_FUNCTION_EX = 244;
    public static final int INSTRUMENTED_JUMP_FORWARD = 245;
    public static final int INSTRUMENTED_JUMP_BACKWARD = 246;
    public static final int INSTRUMENTED_RETURN_CONST = 247;
    public static final int INSTRUMENTED_FOR_ITER = 248;
    public static final int INSTRUMENTED_POP_JUMP_IF_FALSE = 249;
    public static final int INSTRUMENTED_POP_JUMP_IF_TRUE = 250;
    public static final int INSTRUMENTED_END_FOR = 251;
    public static final int INSTRUMENTED_END_SEND = 252;
    public static final int INSTRUMENTED_INSTRUCTION = 253;
    public static final int INSTRUMENTED_LINE = 254;
    public static final int SETUP_FINALLY = 256;
    public static final int SETUP_CLEANUP = 257;
    public static final int SETUP_WITH = 258;
    public static final int POP_BLOCK = 259;
    public static final int JUMP = 260;
    public static final int JUMP_NO_INTERRUPT = 261;
    public static final int LOAD_METHOD = 262;
    public static final int LOAD_SUPER_METHOD = 263;
    public static final int LOAD_ZERO_SUPER_METHOD = 264;
    public static final int LOAD_ZERO_SUPER_ATTR = 265;
    public static final int STORE_FAST_MAYBE_NULL = 266;

    /** Opcodes at or above this number take an argument (instrumented and pseudo included). */
    public static final int HAVE_ARGUMENT = 90;
    public static final int MIN_INSTRUMENTED_OPCODE = 237;
    public static final int MIN_PSEUDO_OPCODE = 256;
    public static final int MAX_PSEUDO_OPCODE = 266;

    /** Where an opcode comes from. */
    public enum Kind {
        /** Written by the compiler into {@code co_code}, listed in {@code opcode.opmap}. */
        REAL,
        /** Written by the specializing interpreter in place of a real one ({@code opcode._specializations}). */
        SPECIALIZED,
        /** Written by {@code sys.monitoring} instrumentation ({@code INSTRUMENTED_*}). */
        INSTRUMENTED,
        /** Used inside the compiler only and replaced by real ones before assembly ({@code opcode._pseudo_ops}). */
        PSEUDO
    }

    /** How an opcode's argument names a jump target ({@code opcode.hasjrel}; 3.12 has no absolute jumps). */
    public enum Jump {
        NONE,
        /** Target = address after the instruction and its caches + 2 * arg. */
        FORWARD,
        /** Target = address after the instruction and its caches - 2 * arg. */
        BACKWARD,
        /** A pseudo jump ({@code JUMP}, {@code JUMP_NO_INTERRUPT}): the assembler picks the direction. */
        EITHER
    }

    /**
     * Everything known about one opcode.
     *
     * @param cacheEntries inline {@code CACHE} code units (2 bytes each) after the instruction
     * @param hasArg in {@code opcode.hasarg}
     * @param deopt the real opcode a specialized one stands for; the opcode itself otherwise
     * @param pseudoTargets for a pseudo opcode, the real opcodes it may become; else empty
     */
    public record Info(String name, int number, Kind kind, int cacheEntries, boolean hasArg, Jump jump,
                       boolean hasConst, boolean hasName, boolean hasLocal, boolean hasFree,
                       boolean hasCompare, boolean hasExc, int deopt, List<Integer> pseudoTargets) {}

    // Flag bits of the table below, one per opcode.has* list.
    private static final int ARG = 1, CONST = 2, NAME = 4, JREL = 8, LOCAL = 16, COMPARE = 32, FREE = 64, EXC = 128;

    private static final Info[] BY_NUMBER = new Info[MAX_PSEUDO_OPCODE + 1];
    private static final Map<String, Info> BY_NAME = new HashMap<>();
    // Hot look-ups as flat arrays over the 256 byte values.
    private static final byte[] CACHES = new byte[256];
    private static final boolean[] HAS_ARG = new boolean[256];
    private static final short[] DEOPT = new short[256];
    private static final short[] NORMAL = new short[256];

    static {
        real(CACHE, "CACHE", 0, 0);
        real(POP_TOP, "POP_TOP", 0, 0);
        real(PUSH_NULL, "PUSH_NULL", 0, 0);
        real(INTERPRETER_EXIT, "INTERPRETER_EXIT", 0, 0);
        real(END_FOR, "END_FOR", 0, 0);
        real(END_SEND, "END_SEND", 0, 0);
        real(NOP, "NOP", 0, 0);
        real(UNARY_NEGATIVE, "UNARY_NEGATIVE", 0, 0);
        real(UNARY_NOT, "UNARY_NOT", 0, 0);
        real(UNARY_INVERT, "UNARY_INVERT", 0, 0);
        real(RESERVED, "RESERVED", 0, 0);
        real(BINARY_SUBSCR, "BINARY_SUBSCR", 1, 0);
        real(BINARY_SLICE, "BINARY_SLICE", 0, 0);
        real(STORE_SLICE, "STORE_SLICE", 0, 0);
        real(GET_LEN, "GET_LEN", 0, 0);
        real(MATCH_MAPPING, "MATCH_MAPPING", 0, 0);
        real(MATCH_SEQUENCE, "MATCH_SEQUENCE", 0, 0);
        real(MATCH_KEYS, "MATCH_KEYS", 0, 0);
        real(PUSH_EXC_INFO, "PUSH_EXC_INFO", 0, 0);
        real(CHECK_EXC_MATCH, "CHECK_EXC_MATCH", 0, 0);
        real(CHECK_EG_MATCH, "CHECK_EG_MATCH", 0, 0);
        real(WITH_EXCEPT_START, "WITH_EXCEPT_START", 0, 0);
        real(GET_AITER, "GET_AITER", 0, 0);
        real(GET_ANEXT, "GET_ANEXT", 0, 0);
        real(BEFORE_ASYNC_WITH, "BEFORE_ASYNC_WITH", 0, 0);
        real(BEFORE_WITH, "BEFORE_WITH", 0, 0);
        real(END_ASYNC_FOR, "END_ASYNC_FOR", 0, 0);
        real(CLEANUP_THROW, "CLEANUP_THROW", 0, 0);
        real(STORE_SUBSCR, "STORE_SUBSCR", 1, 0);
        real(DELETE_SUBSCR, "DELETE_SUBSCR", 0, 0);
        real(GET_ITER, "GET_ITER", 0, 0);
        real(GET_YIELD_FROM_ITER, "GET_YIELD_FROM_ITER", 0, 0);
        real(LOAD_BUILD_CLASS, "LOAD_BUILD_CLASS", 0, 0);
        real(LOAD_ASSERTION_ERROR, "LOAD_ASSERTION_ERROR", 0, 0);
        real(RETURN_GENERATOR, "RETURN_GENERATOR", 0, 0);
        real(RETURN_VALUE, "RETURN_VALUE", 0, 0);
        real(SETUP_ANNOTATIONS, "SETUP_ANNOTATIONS", 0, 0);
        real(LOAD_LOCALS, "LOAD_LOCALS", 0, 0);
        real(POP_EXCEPT, "POP_EXCEPT", 0, 0);
        real(STORE_NAME, "STORE_NAME", 0, ARG|NAME);
        real(DELETE_NAME, "DELETE_NAME", 0, ARG|NAME);
        real(UNPACK_SEQUENCE, "UNPACK_SEQUENCE", 1, ARG);
        real(FOR_ITER, "FOR_ITER", 1, ARG|JREL);
        real(UNPACK_EX, "UNPACK_EX", 0, ARG);
        real(STORE_ATTR, "STORE_ATTR", 4, ARG|NAME);
        real(DELETE_ATTR, "DELETE_ATTR", 0, ARG|NAME);
        real(STORE_GLOBAL, "STORE_GLOBAL", 0, ARG|NAME);
        real(DELETE_GLOBAL, "DELETE_GLOBAL", 0, ARG|NAME);
        real(SWAP, "SWAP", 0, ARG);
        real(LOAD_CONST, "LOAD_CONST", 0, ARG|CONST);
        real(LOAD_NAME, "LOAD_NAME", 0, ARG|NAME);
        real(BUILD_TUPLE, "BUILD_TUPLE", 0, ARG);
        real(BUILD_LIST, "BUILD_LIST", 0, ARG);
        real(BUILD_SET, "BUILD_SET", 0, ARG);
        real(BUILD_MAP, "BUILD_MAP", 0, ARG);
        real(LOAD_ATTR, "LOAD_ATTR", 9, ARG|NAME);
        real(COMPARE_OP, "COMPARE_OP", 1, ARG|COMPARE);
        real(IMPORT_NAME, "IMPORT_NAME", 0, ARG|NAME);
        real(IMPORT_FROM, "IMPORT_FROM", 0, ARG|NAME);
        real(JUMP_FORWARD, "JUMP_FORWARD", 0, ARG|JREL);
        real(POP_JUMP_IF_FALSE, "POP_JUMP_IF_FALSE", 0, ARG|JREL);
        real(POP_JUMP_IF_TRUE, "POP_JUMP_IF_TRUE", 0, ARG|JREL);
        real(LOAD_GLOBAL, "LOAD_GLOBAL", 4, ARG|NAME);
        real(IS_OP, "IS_OP", 0, ARG);
        real(CONTAINS_OP, "CONTAINS_OP", 0, ARG);
        real(RERAISE, "RERAISE", 0, ARG);
        real(COPY, "COPY", 0, ARG);
        real(RETURN_CONST, "RETURN_CONST", 0, ARG|CONST);
        real(BINARY_OP, "BINARY_OP", 1, ARG);
        real(SEND, "SEND", 1, ARG|JREL);
        real(LOAD_FAST, "LOAD_FAST", 0, ARG|LOCAL);
        real(STORE_FAST, "STORE_FAST", 0, ARG|LOCAL);
        real(DELETE_FAST, "DELETE_FAST", 0, ARG|LOCAL);
        real(LOAD_FAST_CHECK, "LOAD_FAST_CHECK", 0, ARG|LOCAL);
        real(POP_JUMP_IF_NOT_NONE, "POP_JUMP_IF_NOT_NONE", 0, ARG|JREL);
        real(POP_JUMP_IF_NONE, "POP_JUMP_IF_NONE", 0, ARG|JREL);
        real(RAISE_VARARGS, "RAISE_VARARGS", 0, ARG);
        real(GET_AWAITABLE, "GET_AWAITABLE", 0, ARG);
        real(MAKE_FUNCTION, "MAKE_FUNCTION", 0, ARG);
        real(BUILD_SLICE, "BUILD_SLICE", 0, ARG);
        real(JUMP_BACKWARD_NO_INTERRUPT, "JUMP_BACKWARD_NO_INTERRUPT", 0, ARG|JREL);
        real(MAKE_CELL, "MAKE_CELL", 0, ARG|FREE);
        real(LOAD_CLOSURE, "LOAD_CLOSURE", 0, ARG|FREE);
        real(LOAD_DEREF, "LOAD_DEREF", 0, ARG|FREE);
        real(STORE_DEREF, "STORE_DEREF", 0, ARG|FREE);
        real(DELETE_DEREF, "DELETE_DEREF", 0, ARG|FREE);
        real(JUMP_BACKWARD, "JUMP_BACKWARD", 0, ARG|JREL);
        real(LOAD_SUPER_ATTR, "LOAD_SUPER_ATTR", 1, ARG|NAME);
        real(CALL_FUNCTION_EX, "CALL_FUNCTION_EX", 0, ARG);
        real(LOAD_FAST_AND_CLEAR, "LOAD_FAST_AND_CLEAR", 0, ARG|LOCAL);
        real(EXTENDED_ARG, "EXTENDED_ARG", 0, ARG);
        real(LIST_APPEND, "LIST_APPEND", 0, ARG);
        real(SET_ADD, "SET_ADD", 0, ARG);
        real(MAP_ADD, "MAP_ADD", 0, ARG);
        real(COPY_FREE_VARS, "COPY_FREE_VARS", 0, ARG);
        real(YIELD_VALUE, "YIELD_VALUE", 0, ARG);
        real(RESUME, "RESUME", 0, ARG);
        real(MATCH_CLASS, "MATCH_CLASS", 0, ARG);
        real(FORMAT_VALUE, "FORMAT_VALUE", 0, ARG);
        real(BUILD_CONST_KEY_MAP, "BUILD_CONST_KEY_MAP", 0, ARG);
        real(BUILD_STRING, "BUILD_STRING", 0, ARG);
        real(LIST_EXTEND, "LIST_EXTEND", 0, ARG);
        real(SET_UPDATE, "SET_UPDATE", 0, ARG);
        real(DICT_MERGE, "DICT_MERGE", 0, ARG);
        real(DICT_UPDATE, "DICT_UPDATE", 0, ARG);
        real(CALL, "CALL", 3, ARG);
        real(KW_NAMES, "KW_NAMES", 0, ARG|CONST);
        real(CALL_INTRINSIC_1, "CALL_INTRINSIC_1", 0, ARG);
        real(CALL_INTRINSIC_2, "CALL_INTRINSIC_2", 0, ARG);
        real(LOAD_FROM_DICT_OR_GLOBALS, "LOAD_FROM_DICT_OR_GLOBALS", 0, ARG|NAME);
        real(LOAD_FROM_DICT_OR_DEREF, "LOAD_FROM_DICT_OR_DEREF", 0, ARG|FREE);
        instrumented(INSTRUMENTED_LOAD_SUPER_ATTR, "INSTRUMENTED_LOAD_SUPER_ATTR", ARG);
        instrumented(INSTRUMENTED_POP_JUMP_IF_NONE, "INSTRUMENTED_POP_JUMP_IF_NONE", ARG);
        instrumented(INSTRUMENTED_POP_JUMP_IF_NOT_NONE, "INSTRUMENTED_POP_JUMP_IF_NOT_NONE", ARG);
        instrumented(INSTRUMENTED_RESUME, "INSTRUMENTED_RESUME", ARG);
        instrumented(INSTRUMENTED_CALL, "INSTRUMENTED_CALL", ARG);
        instrumented(INSTRUMENTED_RETURN_VALUE, "INSTRUMENTED_RETURN_VALUE", ARG);
        instrumented(INSTRUMENTED_YIELD_VALUE, "INSTRUMENTED_YIELD_VALUE", ARG);
        instrumented(INSTRUMENTED_CALL_FUNCTION_EX, "INSTRUMENTED_CALL_FUNCTION_EX", ARG);
        instrumented(INSTRUMENTED_JUMP_FORWARD, "INSTRUMENTED_JUMP_FORWARD", ARG);
        instrumented(INSTRUMENTED_JUMP_BACKWARD, "INSTRUMENTED_JUMP_BACKWARD", ARG);
        instrumented(INSTRUMENTED_RETURN_CONST, "INSTRUMENTED_RETURN_CONST", ARG);
        instrumented(INSTRUMENTED_FOR_ITER, "INSTRUMENTED_FOR_ITER", ARG);
        instrumented(INSTRUMENTED_POP_JUMP_IF_FALSE, "INSTRUMENTED_POP_JUMP_IF_FALSE", ARG);
        instrumented(INSTRUMENTED_POP_JUMP_IF_TRUE, "INSTRUMENTED_POP_JUMP_IF_TRUE", ARG);
        instrumented(INSTRUMENTED_END_FOR, "INSTRUMENTED_END_FOR", ARG);
        instrumented(INSTRUMENTED_END_SEND, "INSTRUMENTED_END_SEND", ARG);
        instrumented(INSTRUMENTED_INSTRUCTION, "INSTRUMENTED_INSTRUCTION", ARG);
        instrumented(INSTRUMENTED_LINE, "INSTRUMENTED_LINE", ARG);
        pseudo(SETUP_FINALLY, "SETUP_FINALLY", EXC, NOP);
        pseudo(SETUP_CLEANUP, "SETUP_CLEANUP", EXC, NOP);
        pseudo(SETUP_WITH, "SETUP_WITH", EXC, NOP);
        pseudo(POP_BLOCK, "POP_BLOCK", 0, NOP);
        pseudo(JUMP, "JUMP", ARG|JREL, JUMP_FORWARD, JUMP_BACKWARD);
        pseudo(JUMP_NO_INTERRUPT, "JUMP_NO_INTERRUPT", ARG|JREL, JUMP_FORWARD, JUMP_BACKWARD_NO_INTERRUPT);
        pseudo(LOAD_METHOD, "LOAD_METHOD", ARG|NAME, LOAD_ATTR);
        pseudo(LOAD_SUPER_METHOD, "LOAD_SUPER_METHOD", ARG|NAME, LOAD_SUPER_ATTR);
        pseudo(LOAD_ZERO_SUPER_METHOD, "LOAD_ZERO_SUPER_METHOD", ARG|NAME, LOAD_SUPER_ATTR);
        pseudo(LOAD_ZERO_SUPER_ATTR, "LOAD_ZERO_SUPER_ATTR", ARG|NAME, LOAD_SUPER_ATTR);
        pseudo(STORE_FAST_MAYBE_NULL, "STORE_FAST_MAYBE_NULL", ARG|LOCAL, STORE_FAST);

        // Specialized opcodes last: they copy facts from their (higher-numbered) base opcode.
        specialized(BINARY_OP_ADD_FLOAT, "BINARY_OP_ADD_FLOAT", BINARY_OP);
        specialized(BINARY_OP_ADD_INT, "BINARY_OP_ADD_INT", BINARY_OP);
        specialized(BINARY_OP_ADD_UNICODE, "BINARY_OP_ADD_UNICODE", BINARY_OP);
        specialized(BINARY_OP_INPLACE_ADD_UNICODE, "BINARY_OP_INPLACE_ADD_UNICODE", BINARY_OP);
        specialized(BINARY_OP_MULTIPLY_FLOAT, "BINARY_OP_MULTIPLY_FLOAT", BINARY_OP);
        specialized(BINARY_OP_MULTIPLY_INT, "BINARY_OP_MULTIPLY_INT", BINARY_OP);
        specialized(BINARY_OP_SUBTRACT_FLOAT, "BINARY_OP_SUBTRACT_FLOAT", BINARY_OP);
        specialized(BINARY_OP_SUBTRACT_INT, "BINARY_OP_SUBTRACT_INT", BINARY_OP);
        specialized(BINARY_SUBSCR_DICT, "BINARY_SUBSCR_DICT", BINARY_SUBSCR);
        specialized(BINARY_SUBSCR_GETITEM, "BINARY_SUBSCR_GETITEM", BINARY_SUBSCR);
        specialized(BINARY_SUBSCR_LIST_INT, "BINARY_SUBSCR_LIST_INT", BINARY_SUBSCR);
        specialized(BINARY_SUBSCR_TUPLE_INT, "BINARY_SUBSCR_TUPLE_INT", BINARY_SUBSCR);
        specialized(CALL_PY_EXACT_ARGS, "CALL_PY_EXACT_ARGS", CALL);
        specialized(CALL_PY_WITH_DEFAULTS, "CALL_PY_WITH_DEFAULTS", CALL);
        specialized(CALL_BOUND_METHOD_EXACT_ARGS, "CALL_BOUND_METHOD_EXACT_ARGS", CALL);
        specialized(CALL_BUILTIN_CLASS, "CALL_BUILTIN_CLASS", CALL);
        specialized(CALL_BUILTIN_FAST_WITH_KEYWORDS, "CALL_BUILTIN_FAST_WITH_KEYWORDS", CALL);
        specialized(CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS, "CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS", CALL);
        specialized(CALL_NO_KW_BUILTIN_FAST, "CALL_NO_KW_BUILTIN_FAST", CALL);
        specialized(CALL_NO_KW_BUILTIN_O, "CALL_NO_KW_BUILTIN_O", CALL);
        specialized(CALL_NO_KW_ISINSTANCE, "CALL_NO_KW_ISINSTANCE", CALL);
        specialized(CALL_NO_KW_LEN, "CALL_NO_KW_LEN", CALL);
        specialized(CALL_NO_KW_LIST_APPEND, "CALL_NO_KW_LIST_APPEND", CALL);
        specialized(CALL_NO_KW_METHOD_DESCRIPTOR_FAST, "CALL_NO_KW_METHOD_DESCRIPTOR_FAST", CALL);
        specialized(CALL_NO_KW_METHOD_DESCRIPTOR_NOARGS, "CALL_NO_KW_METHOD_DESCRIPTOR_NOARGS", CALL);
        specialized(CALL_NO_KW_METHOD_DESCRIPTOR_O, "CALL_NO_KW_METHOD_DESCRIPTOR_O", CALL);
        specialized(CALL_NO_KW_STR_1, "CALL_NO_KW_STR_1", CALL);
        specialized(CALL_NO_KW_TUPLE_1, "CALL_NO_KW_TUPLE_1", CALL);
        specialized(CALL_NO_KW_TYPE_1, "CALL_NO_KW_TYPE_1", CALL);
        specialized(COMPARE_OP_FLOAT, "COMPARE_OP_FLOAT", COMPARE_OP);
        specialized(COMPARE_OP_INT, "COMPARE_OP_INT", COMPARE_OP);
        specialized(COMPARE_OP_STR, "COMPARE_OP_STR", COMPARE_OP);
        specialized(FOR_ITER_LIST, "FOR_ITER_LIST", FOR_ITER);
        specialized(FOR_ITER_TUPLE, "FOR_ITER_TUPLE", FOR_ITER);
        specialized(FOR_ITER_RANGE, "FOR_ITER_RANGE", FOR_ITER);
        specialized(FOR_ITER_GEN, "FOR_ITER_GEN", FOR_ITER);
        specialized(LOAD_SUPER_ATTR_ATTR, "LOAD_SUPER_ATTR_ATTR", LOAD_SUPER_ATTR);
        specialized(LOAD_SUPER_ATTR_METHOD, "LOAD_SUPER_ATTR_METHOD", LOAD_SUPER_ATTR);
        specialized(LOAD_ATTR_CLASS, "LOAD_ATTR_CLASS", LOAD_ATTR);
        specialized(LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN, "LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN", LOAD_ATTR);
        specialized(LOAD_ATTR_INSTANCE_VALUE, "LOAD_ATTR_INSTANCE_VALUE", LOAD_ATTR);
        specialized(LOAD_ATTR_MODULE, "LOAD_ATTR_MODULE", LOAD_ATTR);
        specialized(LOAD_ATTR_PROPERTY, "LOAD_ATTR_PROPERTY", LOAD_ATTR);
        specialized(LOAD_ATTR_SLOT, "LOAD_ATTR_SLOT", LOAD_ATTR);
        specialized(LOAD_ATTR_WITH_HINT, "LOAD_ATTR_WITH_HINT", LOAD_ATTR);
        specialized(LOAD_ATTR_METHOD_LAZY_DICT, "LOAD_ATTR_METHOD_LAZY_DICT", LOAD_ATTR);
        specialized(LOAD_ATTR_METHOD_NO_DICT, "LOAD_ATTR_METHOD_NO_DICT", LOAD_ATTR);
        specialized(LOAD_ATTR_METHOD_WITH_VALUES, "LOAD_ATTR_METHOD_WITH_VALUES", LOAD_ATTR);
        specialized(LOAD_CONST__LOAD_FAST, "LOAD_CONST__LOAD_FAST", LOAD_CONST);
        specialized(LOAD_FAST__LOAD_CONST, "LOAD_FAST__LOAD_CONST", LOAD_FAST);
        specialized(LOAD_FAST__LOAD_FAST, "LOAD_FAST__LOAD_FAST", LOAD_FAST);
        specialized(LOAD_GLOBAL_BUILTIN, "LOAD_GLOBAL_BUILTIN", LOAD_GLOBAL);
        specialized(LOAD_GLOBAL_MODULE, "LOAD_GLOBAL_MODULE", LOAD_GLOBAL);
        specialized(STORE_ATTR_INSTANCE_VALUE, "STORE_ATTR_INSTANCE_VALUE", STORE_ATTR);
        specialized(STORE_ATTR_SLOT, "STORE_ATTR_SLOT", STORE_ATTR);
        specialized(STORE_ATTR_WITH_HINT, "STORE_ATTR_WITH_HINT", STORE_ATTR);
        specialized(STORE_FAST__LOAD_FAST, "STORE_FAST__LOAD_FAST", STORE_FAST);
        specialized(STORE_FAST__STORE_FAST, "STORE_FAST__STORE_FAST", STORE_FAST);
        specialized(STORE_SUBSCR_DICT, "STORE_SUBSCR_DICT", STORE_SUBSCR);
        specialized(STORE_SUBSCR_LIST_INT, "STORE_SUBSCR_LIST_INT", STORE_SUBSCR);
        specialized(UNPACK_SEQUENCE_LIST, "UNPACK_SEQUENCE_LIST", UNPACK_SEQUENCE);
        specialized(UNPACK_SEQUENCE_TUPLE, "UNPACK_SEQUENCE_TUPLE", UNPACK_SEQUENCE);
        specialized(UNPACK_SEQUENCE_TWO_TUPLE, "UNPACK_SEQUENCE_TWO_TUPLE", UNPACK_SEQUENCE);
        specialized(SEND_GEN, "SEND_GEN", SEND);

        for (int op = 0; op < 256; op++) {
            Info i = BY_NUMBER[op];
            CACHES[op] = (byte) (i == null ? 0 : i.cacheEntries());
            HAS_ARG[op] = i != null && i.hasArg(); // unused numbers: no argument, as opcode.hasarg
            DEOPT[op] = (short) (i == null ? op : i.deopt());
            int normal = i == null ? CACHE : i.deopt();
            if (i != null && i.kind() == Kind.INSTRUMENTED && op != INSTRUMENTED_LINE && op != INSTRUMENTED_INSTRUCTION) {
                normal = BY_NAME.get(i.name().substring("INSTRUMENTED_".length())).number();
            }
            NORMAL[op] = (short) normal;
        }
    }

    private static void real(int op, String name, int caches, int flags) {
        Jump jump = (flags & JREL) == 0 ? Jump.NONE
            : name.startsWith("JUMP_BACKWARD") ? Jump.BACKWARD : Jump.FORWARD;
        add(new Info(name, op, Kind.REAL, caches, (flags & ARG) != 0, jump, (flags & CONST) != 0,
            (flags & NAME) != 0, (flags & LOCAL) != 0, (flags & FREE) != 0, (flags & COMPARE) != 0,
            (flags & EXC) != 0, op, List.of()));
    }

    private static void instrumented(int op, String name, int flags) {
        add(new Info(name, op, Kind.INSTRUMENTED, 0, (flags & ARG) != 0, Jump.NONE, false, false, false,
            false, false, false, op, List.of()));
    }

    private static void specialized(int op, String name, int base) {
        Info b = BY_NUMBER[base];
        add(new Info(name, op, Kind.SPECIALIZED, b.cacheEntries(), b.hasArg(), b.jump(), b.hasConst(),
            b.hasName(), b.hasLocal(), b.hasFree(), b.hasCompare(), b.hasExc(), base, List.of()));
    }

    private static void pseudo(int op, String name, int flags, int... targets) {
        Jump jump = Jump.NONE;
        if ((flags & JREL) != 0) {
            jump = Jump.EITHER;
        }
        List<Integer> t = java.util.Arrays.stream(targets).boxed().toList();
        add(new Info(name, op, Kind.PSEUDO, 0, (flags & ARG) != 0, jump, (flags & CONST) != 0,
            (flags & NAME) != 0, (flags & LOCAL) != 0, (flags & FREE) != 0, (flags & COMPARE) != 0,
            (flags & EXC) != 0, op, t));
    }

    private static void add(Info info) {
        BY_NUMBER[info.number()] = info;
        BY_NAME.put(info.name(), info);
    }

    /** The opcode with this number, or null when 3.12 defines none (0..266). */
    public static Info info(int op) {
        return op >= 0 && op < BY_NUMBER.length ? BY_NUMBER[op] : null;
    }

    /** The opcode with this name, or null. */
    public static Info byName(String name) {
        return BY_NAME.get(name);
    }

    /** Every defined opcode, by increasing number. */
    public static List<Info> all() {
        List<Info> out = new java.util.ArrayList<>();
        for (Info i : BY_NUMBER) {
            if (i != null) {
                out.add(i);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The name as {@code dis} prints it: the opcode's name, or {@code <N>} for an unused number. */
    public static String name(int op) {
        Info i = info(op);
        return i != null ? i.name() : "<" + op + ">";
    }

    /** Inline CACHE code units after an instruction with this opcode byte (0..255). */
    public static int cacheEntries(int op) {
        return CACHES[op & 0xff];
    }

    /** Whether an instruction with this opcode byte (0..255) uses its argument. */
    public static boolean hasArg(int op) {
        return HAS_ARG[op & 0xff];
    }

    /** The real opcode a specialized opcode byte stands for; other opcodes map to themselves. */
    public static int deopt(int op) {
        return DEOPT[op & 0xff];
    }

    /**
     * The opcode that CPython's {@code co_code} shows (and marshal writes) for this byte:
     * specialized opcodes become their base, {@code INSTRUMENTED_X} becomes {@code X},
     * numbers that name no opcode become {@code CACHE} (0). INSTRUMENTED_LINE and
     * INSTRUMENTED_INSTRUCTION, which CPython cannot undo without monitoring data, stay.
     * Compare CPython Objects/codeobject.c: deopt_code, Python/instrumentation.c: _Py_GetBaseOpcode.
     */
    public static int normalize(int op) {
        return NORMAL[op & 0xff];
    }

    /** Whether this opcode is a relative jump (forward or backward). */
    public static Jump jump(int op) {
        Info i = info(op);
        return i == null ? Jump.NONE : i.jump();
    }

    /**
     * The byte offset a relative jump goes to. {@code offset} is the byte offset of the
     * instruction (after any EXTENDED_ARG prefixes), {@code arg} its full argument.
     * Compare CPython Lib/dis.py: _get_instructions_bytes (jump targets skip the caches).
     */
    public static int jumpTarget(int offset, int op, int arg) {
        int next = offset + 2 + 2 * cacheEntries(op);
        return switch (jump(op)) {
            case FORWARD -> next + 2 * arg;
            case BACKWARD -> next - 2 * arg;
            default -> throw new IllegalArgumentException(name(op) + " is not a relative jump");
        };
    }

    /** Comparison operators of COMPARE_OP (its argument &gt;&gt; 4), as {@code opcode.cmp_op}. */
    public static final List<String> CMP_OP = List.of("<", "<=", "==", "!=", ">", ">=");

    /** Operators of BINARY_OP by argument, as the second items of {@code opcode._nb_ops}. */
    public static final List<String> NB_OPS = List.of(
        "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
        "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=");

    /** Names of CALL_INTRINSIC_1's functions by argument ({@code opcode._intrinsic_1_descs}). */
    public static final List<String> INTRINSIC_1 = List.of(
        "INTRINSIC_1_INVALID", "INTRINSIC_PRINT", "INTRINSIC_IMPORT_STAR", "INTRINSIC_STOPITERATION_ERROR",
        "INTRINSIC_ASYNC_GEN_WRAP", "INTRINSIC_UNARY_POSITIVE", "INTRINSIC_LIST_TO_TUPLE", "INTRINSIC_TYPEVAR",
        "INTRINSIC_PARAMSPEC", "INTRINSIC_TYPEVARTUPLE", "INTRINSIC_SUBSCRIPT_GENERIC", "INTRINSIC_TYPEALIAS");

    /** Names of CALL_INTRINSIC_2's functions by argument ({@code opcode._intrinsic_2_descs}). */
    public static final List<String> INTRINSIC_2 = List.of(
        "INTRINSIC_2_INVALID", "INTRINSIC_PREP_RERAISE_STAR", "INTRINSIC_TYPEVAR_WITH_BOUND",
        "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS", "INTRINSIC_SET_FUNCTION_TYPE_PARAMS");
}
