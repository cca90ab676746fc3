package org.pyvm.modules.posix;

import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyStr;

/** The errno module: Linux's error numbers and errorcode. Compare CPython Modules/errnomodule.c. */
public final class ErrnoModule {

    private ErrnoModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("errno");
        PyDict d = m.getDict();
        d.setStr("__doc__", PyStr.of("This module makes available standard errno system symbols.\n\nThe value of each "
            + "symbol is the corresponding integer value,\ne.g., on most systems, errno.ENOENT equals the integer 2.\n\n"
            + "The dictionary errno.errorcode maps numeric codes to symbol names,\ne.g., errno.errorcode[2] could be "
            + "the string 'ENOENT'.\n\nSymbols that are not relevant to the underlying system are not defined.\n\n"
            + "To map error codes to error messages, use the function os.strerror(),\ne.g. os.strerror(2) could "
            + "return 'No such file or directory'."));
        for (int i = 0; i < Constants.ERRNO.length; i += 2) {
            d.setStr((String) Constants.ERRNO[i], PyInt.of((Long) Constants.ERRNO[i + 1]));
        }
        PyDict codes = new PyDict();
        for (int i = 0; i < Constants.ERRORCODE.length; i += 2) {
            codes.setItem(PyInt.of((Long) Constants.ERRORCODE[i]), PyStr.of((String) Constants.ERRORCODE[i + 1]));
        }
        d.setStr("errorcode", codes);
        return m;
    }
}
