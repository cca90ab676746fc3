package org.pyvm.modules.expat;

/**
 * Expat's error codes and their message texts (XML_ErrorString), as expat 2.5 numbers them;
 * pyexpat exposes them in the errors submodule. Compare expat lib/xmlparse.c: XML_ErrorString.
 */
final class ExpatErrors {

    private ExpatErrors() {}

    static final int NO_MEMORY = 1, SYNTAX = 2, NO_ELEMENTS = 3, INVALID_TOKEN = 4, UNCLOSED_TOKEN = 5,
        PARTIAL_CHAR = 6, TAG_MISMATCH = 7, DUPLICATE_ATTRIBUTE = 8, JUNK_AFTER_DOC_ELEMENT = 9,
        PARAM_ENTITY_REF = 10, UNDEFINED_ENTITY = 11, RECURSIVE_ENTITY_REF = 12, ASYNC_ENTITY = 13,
        BAD_CHAR_REF = 14, BINARY_ENTITY_REF = 15, ATTRIBUTE_EXTERNAL_ENTITY_REF = 16, MISPLACED_XML_PI = 17,
        UNKNOWN_ENCODING = 18, INCORRECT_ENCODING = 19, UNCLOSED_CDATA_SECTION = 20,
        EXTERNAL_ENTITY_HANDLING = 21, NOT_STANDALONE = 22, UNEXPECTED_STATE = 23, ENTITY_DECLARED_IN_PE = 24,
        FEATURE_REQUIRES_XML_DTD = 25, CANT_CHANGE_FEATURE_ONCE_PARSING = 26, UNBOUND_PREFIX = 27,
        UNDECLARING_PREFIX = 28, INCOMPLETE_PE = 29, XML_DECL = 30, TEXT_DECL = 31, PUBLICID = 32,
        SUSPENDED = 33, NOT_SUSPENDED = 34, ABORTED = 35, FINISHED = 36, SUSPEND_PE = 37, RESERVED_PREFIX_XML = 38,
        RESERVED_PREFIX_XMLNS = 39, RESERVED_NAMESPACE_URI = 40, INVALID_ARGUMENT = 41, NO_BUFFER = 42,
        AMPLIFICATION_LIMIT_BREACH = 43;

    /** Constant names (errors.XML_ERROR_*), index = code. */
    static final String[] NAMES = {null, "NO_MEMORY", "SYNTAX", "NO_ELEMENTS", "INVALID_TOKEN", "UNCLOSED_TOKEN",
        "PARTIAL_CHAR", "TAG_MISMATCH", "DUPLICATE_ATTRIBUTE", "JUNK_AFTER_DOC_ELEMENT", "PARAM_ENTITY_REF",
        "UNDEFINED_ENTITY", "RECURSIVE_ENTITY_REF", "ASYNC_ENTITY", "BAD_CHAR_REF", "BINARY_ENTITY_REF",
        "ATTRIBUTE_EXTERNAL_ENTITY_REF", "MISPLACED_XML_PI", "UNKNOWN_ENCODING", "INCORRECT_ENCODING",
        "UNCLOSED_CDATA_SECTION", "EXTERNAL_ENTITY_HANDLING", "NOT_STANDALONE", "UNEXPECTED_STATE",
        "ENTITY_DECLARED_IN_PE", "FEATURE_REQUIRES_XML_DTD", "CANT_CHANGE_FEATURE_ONCE_PARSING", "UNBOUND_PREFIX",
        "UNDECLARING_PREFIX", "INCOMPLETE_PE", "XML_DECL", "TEXT_DECL", "PUBLICID", "SUSPENDED", "NOT_SUSPENDED",
        "ABORTED", "FINISHED", "SUSPEND_PE", "RESERVED_PREFIX_XML", "RESERVED_PREFIX_XMLNS",
        "RESERVED_NAMESPACE_URI", "INVALID_ARGUMENT", "NO_BUFFER", "AMPLIFICATION_LIMIT_BREACH"};

    /** Messages, index = code. */
    static final String[] MESSAGES = {null, "out of memory", "syntax error", "no element found",
        "not well-formed (invalid token)", "unclosed token", "partial character", "mismatched tag",
        "duplicate attribute", "junk after document element", "illegal parameter entity reference",
        "undefined entity", "recursive entity reference", "asynchronous entity",
        "reference to invalid character number", "reference to binary entity",
        "reference to external entity in attribute", "XML or text declaration not at start of entity",
        "unknown encoding", "encoding specified in XML declaration is incorrect", "unclosed CDATA section",
        "error in processing external entity reference", "document is not standalone",
        "unexpected parser state - please send a bug report", "entity declared in parameter entity",
        "requested feature requires XML_DTD support in Expat", "cannot change setting once parsing has begun",
        "unbound prefix", "must not undeclare prefix", "incomplete markup in parameter entity",
        "XML declaration not well-formed", "text declaration not well-formed", "illegal character(s) in public id",
        "parser suspended", "parser not suspended", "parsing aborted", "parsing finished",
        "cannot suspend in external parameter entity",
        "reserved prefix (xml) must not be undeclared or bound to another namespace name",
        "reserved prefix (xmlns) must not be declared or undeclared",
        "prefix must not be bound to one of the reserved namespace names", "invalid argument",
        "a successful prior call to function XML_GetBuffer is required",
        "limit on input amplification factor (from DTD and entities) breached"};

    /** XML_ErrorString(code): the message, or null for codes expat does not know. */
    static String message(long code) {
        return code > 0 && code < MESSAGES.length ? MESSAGES[(int) code] : null;
    }
}
