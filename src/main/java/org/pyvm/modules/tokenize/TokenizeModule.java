package org.pyvm.modules.tokenize;

import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;

/**
 * The _tokenize module, which Lib/tokenize.py imports at its top (and through it linecache,
 * traceback, logging, unittest, threading). The token stream itself (parser.Tokenize) is
 * not wired to Python yet: TokenizerIter raises NotImplementedError, so importing the
 * library works while tokenize.generate_tokens says what is missing.
 * Compare CPython Python/Python-tokenize.c: tokenizeriter_new.
 */
public final class TokenizeModule {

    private TokenizeModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_tokenize");
        m.addFunctions(TokenizeModule.class);
        return m;
    }

    @ExposedMethod
    static PyObject TokenizerIter(PyObject[] args, String[] kw) {
        throw PyErr.of(PyExc.NotImplementedError, "pyvm: _tokenize.TokenizerIter (the C tokenizer behind "
            + "tokenize.generate_tokens) is not implemented yet");
    }
}
