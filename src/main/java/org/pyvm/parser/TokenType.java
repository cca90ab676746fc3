package org.pyvm.parser;

import java.util.HashMap;
import java.util.Map;

/**
 * Token types. As in CPython's parser, each operator and each hard keyword is a type
 * of its own, so that the parser compares ints; soft keywords (match, case, type, _)
 * stay NAME.
 */
final class TokenType {
    private TokenType() {}

    static final int ENDMARKER = 0, NAME = 1, NUMBER = 2, STRING = 3, NEWLINE = 4, INDENT = 5,
        DEDENT = 6, FSTRING_START = 7, FSTRING_MIDDLE = 8, FSTRING_END = 9, ERRORTOKEN = 10,
        COMMENT = 11, NL = 12, TYPE_COMMENT = 13;

    // Operators (Grammar/Tokens).
    static final int LPAR = 20, RPAR = 21, LSQB = 22, RSQB = 23, COLON = 24, COMMA = 25, SEMI = 26,
        PLUS = 27, MINUS = 28, STAR = 29, SLASH = 30, VBAR = 31, AMPER = 32, LESS = 33, GREATER = 34,
        EQUAL = 35, DOT = 36, PERCENT = 37, LBRACE = 38, RBRACE = 39, EQEQUAL = 40, NOTEQUAL = 41,
        LESSEQUAL = 42, GREATEREQUAL = 43, TILDE = 44, CIRCUMFLEX = 45, LEFTSHIFT = 46,
        RIGHTSHIFT = 47, DOUBLESTAR = 48, PLUSEQUAL = 49, MINEQUAL = 50, STAREQUAL = 51,
        SLASHEQUAL = 52, PERCENTEQUAL = 53, AMPEREQUAL = 54, VBAREQUAL = 55, CIRCUMFLEXEQUAL = 56,
        LEFTSHIFTEQUAL = 57, RIGHTSHIFTEQUAL = 58, DOUBLESTAREQUAL = 59, DOUBLESLASH = 60,
        DOUBLESLASHEQUAL = 61, AT = 62, ATEQUAL = 63, RARROW = 64, ELLIPSIS = 65, COLONEQUAL = 66,
        EXCLAMATION = 67, OP_ERROR = 68;

    // Hard keywords.
    static final int KW_FALSE = 80, KW_NONE = 81, KW_TRUE = 82, KW_AND = 83, KW_AS = 84,
        KW_ASSERT = 85, KW_ASYNC = 86, KW_AWAIT = 87, KW_BREAK = 88, KW_CLASS = 89, KW_CONTINUE = 90,
        KW_DEF = 91, KW_DEL = 92, KW_ELIF = 93, KW_ELSE = 94, KW_EXCEPT = 95, KW_FINALLY = 96,
        KW_FOR = 97, KW_FROM = 98, KW_GLOBAL = 99, KW_IF = 100, KW_IMPORT = 101, KW_IN = 102,
        KW_IS = 103, KW_LAMBDA = 104, KW_NONLOCAL = 105, KW_NOT = 106, KW_OR = 107, KW_PASS = 108,
        KW_RAISE = 109, KW_RETURN = 110, KW_TRY = 111, KW_WHILE = 112, KW_WITH = 113, KW_YIELD = 114;

    static final String[] KEYWORDS = {"False", "None", "True", "and", "as", "assert", "async", "await",
        "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
        "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
        "return", "try", "while", "with", "yield"};

    static final String[] OPS = {"(", ")", "[", "]", ":", ",", ";", "+", "-", "*", "/", "|", "&", "<", ">",
        "=", ".", "%", "{", "}", "==", "!=", "<=", ">=", "~", "^", "<<", ">>", "**", "+=", "-=", "*=",
        "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "**=", "//", "//=", "@", "@=", "->", "...", ":=", "!"};

    private static final Map<String, Integer> KW = new HashMap<>();

    static {
        for (int i = 0; i < KEYWORDS.length; i++) {
            KW.put(KEYWORDS[i], KW_FALSE + i);
        }
    }

    /** The keyword type for an identifier, or NAME. */
    static int keyword(String name) {
        Integer k = KW.get(name);
        return k == null ? NAME : k;
    }

    static boolean isKeyword(int type) {
        return type >= KW_FALSE && type <= KW_YIELD;
    }

    static String name(int type) {
        if (type >= LPAR && type <= EXCLAMATION) {
            return "OP'" + OPS[type - LPAR] + "'";
        }
        if (isKeyword(type)) {
            return "KW'" + KEYWORDS[type - KW_FALSE] + "'";
        }
        return switch (type) {
            case ENDMARKER -> "ENDMARKER";
            case NAME -> "NAME";
            case NUMBER -> "NUMBER";
            case STRING -> "STRING";
            case NEWLINE -> "NEWLINE";
            case INDENT -> "INDENT";
            case DEDENT -> "DEDENT";
            case FSTRING_START -> "FSTRING_START";
            case FSTRING_MIDDLE -> "FSTRING_MIDDLE";
            case FSTRING_END -> "FSTRING_END";
            case COMMENT -> "COMMENT";
            case NL -> "NL";
            case TYPE_COMMENT -> "TYPE_COMMENT";
            default -> "ERRORTOKEN";
        };
    }
}
