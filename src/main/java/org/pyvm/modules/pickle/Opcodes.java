package org.pyvm.modules.pickle;

/**
 * The pickle opcodes, one byte each, with the protocol that introduced them. Compare CPython
 * Modules/_pickle.c: enum opcode, and Lib/pickletools.py, which documents each one.
 */
final class Opcodes {

    private Opcodes() {}

    // Protocol 0 and 1.
    static final byte MARK = '(';            // push the mark object
    static final byte STOP = '.';            // end of the pickle
    static final byte POP = '0';             // discard the top of the stack
    static final byte POP_MARK = '1';        // discard everything down to the topmost mark
    static final byte DUP = '2';             // duplicate the top of the stack
    static final byte FLOAT = 'F';           // float from a decimal string and a newline
    static final byte INT = 'I';             // int from a decimal string (or 00/01 for bools)
    static final byte BININT = 'J';          // 4-byte signed little-endian int
    static final byte BININT1 = 'K';         // 1-byte unsigned int
    static final byte LONG = 'L';            // int from a decimal string with an L suffix
    static final byte BININT2 = 'M';         // 2-byte unsigned int
    static final byte NONE = 'N';            // push None
    static final byte PERSID = 'P';          // persistent id from a newline-terminated string
    static final byte BINPERSID = 'Q';       // persistent id from the stack
    static final byte REDUCE = 'R';          // call callable(*args)
    static final byte STRING = 'S';          // quoted str (a Python 2 str)
    static final byte BINSTRING = 'T';       // Python 2 str, 4-byte length
    static final byte SHORT_BINSTRING = 'U'; // Python 2 str, 1-byte length
    static final byte UNICODE = 'V';         // raw-unicode-escaped str and a newline
    static final byte BINUNICODE = 'X';      // UTF-8 str, 4-byte length
    static final byte APPEND = 'a';          // list.append(top)
    static final byte BUILD = 'b';           // __setstate__ or dict update
    static final byte GLOBAL = 'c';          // module and name, each newline-terminated
    static final byte DICT = 'd';            // dict from the items above the mark
    static final byte EMPTY_DICT = '}';
    static final byte APPENDS = 'e';         // list.extend(items above the mark)
    static final byte GET = 'g';             // memo get, decimal index
    static final byte BINGET = 'h';          // memo get, 1-byte index
    static final byte INST = 'i';            // class from module/name, instance from the marked args
    static final byte LONG_BINGET = 'j';     // memo get, 4-byte index
    static final byte LIST = 'l';            // list from the items above the mark
    static final byte EMPTY_LIST = ']';
    static final byte OBJ = 'o';             // class and args above the mark
    static final byte PUT = 'p';             // memo put, decimal index
    static final byte BINPUT = 'q';          // memo put, 1-byte index
    static final byte LONG_BINPUT = 'r';     // memo put, 4-byte index
    static final byte SETITEM = 's';
    static final byte TUPLE = 't';           // tuple from the items above the mark
    static final byte EMPTY_TUPLE = ')';
    static final byte SETITEMS = 'u';
    static final byte BINFLOAT = 'G';        // 8-byte big-endian IEEE double

    // Protocol 2.
    static final byte PROTO = (byte) 0x80;
    static final byte NEWOBJ = (byte) 0x81;  // cls.__new__(cls, *args)
    static final byte EXT1 = (byte) 0x82;    // copyreg extension registry, 1-byte code
    static final byte EXT2 = (byte) 0x83;
    static final byte EXT4 = (byte) 0x84;
    static final byte TUPLE1 = (byte) 0x85;
    static final byte TUPLE2 = (byte) 0x86;
    static final byte TUPLE3 = (byte) 0x87;
    static final byte NEWTRUE = (byte) 0x88;
    static final byte NEWFALSE = (byte) 0x89;
    static final byte LONG1 = (byte) 0x8a;   // two's complement little-endian, 1-byte length
    static final byte LONG4 = (byte) 0x8b;   // the same, 4-byte length

    // Protocol 3.
    static final byte BINBYTES = 'B';
    static final byte SHORT_BINBYTES = 'C';

    // Protocol 4.
    static final byte SHORT_BINUNICODE = (byte) 0x8c;
    static final byte BINUNICODE8 = (byte) 0x8d;
    static final byte BINBYTES8 = (byte) 0x8e;
    static final byte EMPTY_SET = (byte) 0x8f;
    static final byte ADDITEMS = (byte) 0x90;
    static final byte FROZENSET = (byte) 0x91;
    static final byte NEWOBJ_EX = (byte) 0x92; // cls.__new__(cls, *args, **kwargs)
    static final byte STACK_GLOBAL = (byte) 0x93;
    static final byte MEMOIZE = (byte) 0x94;   // memo put at the next free index
    static final byte FRAME = (byte) 0x95;     // 8-byte length of the frame that follows

    // Protocol 5.
    static final byte BYTEARRAY8 = (byte) 0x96;
    static final byte NEXT_BUFFER = (byte) 0x97;
    static final byte READONLY_BUFFER = (byte) 0x98;

    static final int HIGHEST_PROTOCOL = 5;
    static final int DEFAULT_PROTOCOL = 4;

    /** A frame is committed once it reaches this size (pickle.py: _FRAME_SIZE_TARGET). */
    static final int FRAME_SIZE_TARGET = 64 * 1024;
    /** Frames smaller than this get no FRAME opcode (pickle.py: _FRAME_SIZE_MIN). */
    static final int FRAME_SIZE_MIN = 4;
    /** The FRAME opcode and its 8-byte length. */
    static final int FRAME_HEADER_SIZE = 9;
}
