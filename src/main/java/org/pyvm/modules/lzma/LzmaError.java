package org.pyvm.modules.lzma;

/**
 * A decoder or encoder failure, one kind per liblzma lzma_ret the Python layer turns into
 * its message (compare CPython Modules/_lzmamodule.c: catch_lzma_error).
 */
final class LzmaError extends RuntimeException {

    enum Kind {
        UNSUPPORTED_CHECK("Unsupported integrity check"),
        MEMLIMIT("Memory usage limit exceeded"),
        FORMAT("Input format not supported by decoder"),
        OPTIONS("Invalid or unsupported options"),
        DATA("Corrupt input data"),
        BUF("Insufficient buffer space"),
        PROG("Internal error");

        final String message;

        Kind(String message) {
            this.message = message;
        }
    }

    final Kind kind;

    LzmaError(Kind kind) {
        super(kind.message, null, false, false);
        this.kind = kind;
    }

    static LzmaError data() {
        return new LzmaError(Kind.DATA);
    }

    static LzmaError options() {
        return new LzmaError(Kind.OPTIONS);
    }
}
