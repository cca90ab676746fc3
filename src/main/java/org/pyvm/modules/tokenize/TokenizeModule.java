package org.pyvm.modules.tokenize;

import org.pyvm.runtime.PyModule;

/**
 * The _tokenize module, whose TokenizerIter is the tokenizer behind Lib/tokenize.py
 * (tokenize.tokenize, generate_tokens, and through them inspect.getsource and the
 * signatures of builtins). Compare CPython Python/Python-tokenize.c.
 */
public final class TokenizeModule {

    private TokenizeModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_tokenize");
        m.getDict().setStr("TokenizerIter", TokenizerIter.TYPE);
        return m;
    }
}
