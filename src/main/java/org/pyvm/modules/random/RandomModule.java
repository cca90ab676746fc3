package org.pyvm.modules.random;

import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyStr;

/** The _random module: the Random type random.py subclasses. Compare CPython Modules/_randommodule.c. */
public final class RandomModule {

    private RandomModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_random");
        m.getDict().setStr("__doc__", PyStr.of("Module implements the Mersenne Twister random number generator."));
        m.getDict().setStr("Random", RandomObject.TYPE);
        return m;
    }
}
