package org.pyvm.modules;

import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;

/**
 * The sys functions the start-up modules (os, site, io, encodings) ask for that are not
 * about the interpreter's own state: file-system encoding and the like. Kept apart from
 * Sys so that sys's state-bearing functions stay in one readable place.
 * Compare CPython Python/sysmodule.c.
 */
final class SysExtras {

    private SysExtras() {}

    /** The data attributes of sys that only describe the build. */
    static void addData(org.pyvm.runtime.PyDict d) {
        // site.setcopyright() wraps this text in builtins.copyright.
        d.setStr("copyright", PyStr.of("Copyright (c) 2026 the pyvm authors.\n"
            + "pyvm runs CPython's standard library: Copyright (c) 2001-2023 Python Software Foundation."));
        d.setStr("abiflags", PyStr.of(""));
        d.setStr("api_version", org.pyvm.runtime.PyInt.of(1013));
    }

    /** pyvm always runs in UTF-8 mode for file names, as CPython does on Linux with a UTF-8 locale. */
    @ExposedMethod
    static PyObject getfilesystemencoding() {
        return PyStr.of("utf-8");
    }

    @ExposedMethod
    static PyObject getfilesystemencodeerrors() {
        return PyStr.of("surrogateescape");
    }
}
