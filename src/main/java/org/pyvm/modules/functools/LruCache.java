package org.pyvm.modules.functools;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.Callable;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.HasDict;
import org.pyvm.runtime.Ops;
import org.pyvm.runtime.PyBoundMethod;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyType;

/**
 * functools._lru_cache_wrapper(user_function, maxsize, typed, cache_info_type): the
 * memoizing callable behind lru_cache and cache. Results are kept in a Java
 * {@link LinkedHashMap} in access order, keyed by {@link Key} (Python hashing and
 * equality of the arguments); with a bound, the least recently used entry goes first.
 * Compare CPython Modules/_functoolsmodule.c: lru_cache_make_key, bounded_lru_cache_wrapper,
 * infinite_lru_cache_wrapper, uncached_lru_cache_wrapper.
 */
final class LruCache implements PyObject, Callable, HasDict {

    static final PyType TYPE = Types.finish(Types.builtin("functools", "_lru_cache_wrapper", LruCache.class,
        LruCache.class)).notSubclassable();

    private final PyType type;
    private final PyObject func;
    /** -1: unbounded; 0: no caching. */
    private final long maxsize;
    private final boolean typed;
    private final PyObject cacheInfoType;
    private final Map<Key, PyObject> cache;
    private long hits;
    private long misses;
    private PyDict dict;

    LruCache(PyType type, PyObject func, long maxsize, boolean typed, PyObject cacheInfoType) {
        this.type = type;
        this.func = func;
        this.maxsize = maxsize;
        this.typed = typed;
        this.cacheInfoType = cacheInfoType;
        this.cache = maxsize < 0 ? new HashMap<>() : new LinkedHashMap<>(16, 0.75f, true);
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public void setDict(PyDict d) {
        dict = d;
    }

    @Override
    public PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    /** The arguments of one call as a dictionary key. Compare lru_cache_make_key. */
    static final class Key {
        private final PyObject[] items;
        private final String[] kwnames;
        private final int hash;
        /**
         * CPython uses a lone exact int or str argument itself as the key, not a tuple of
         * it, so f(2) and f(2.0) are different entries even untyped; this flag keeps that.
         */
        private final boolean bare;

        Key(PyObject[] items, String[] kwnames, boolean typed) {
            this.bare = !typed && kwnames == null && items.length == 1
                && (items[0].getClass() == PyInt.class || items[0].getClass() == org.pyvm.runtime.PyStr.class);
            PyObject[] all = items;
            if (typed) {
                all = java.util.Arrays.copyOf(items, items.length * 2);
                for (int i = 0; i < items.length; i++) {
                    all[items.length + i] = items[i].type();
                }
            }
            this.items = all;
            this.kwnames = kwnames;
            long h = kwnames == null ? 0 : java.util.Arrays.hashCode(kwnames);
            for (PyObject o : all) {
                h = h * 1000003 + Abstract.hash(o);
            }
            this.hash = Long.hashCode(h);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Key k) || k.hash != hash || k.bare != bare || k.items.length != items.length
                || !java.util.Arrays.equals(kwnames, k.kwnames)) {
                return false;
            }
            for (int i = 0; i < items.length; i++) {
                if (!Ops.eqBool(items[i], k.items[i])) {
                    return false;
                }
            }
            return true;
        }
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (maxsize == 0) {
            misses++;
            return Abstract.call(func, args, kwnames);
        }
        Key key = new Key(args, kwnames == null || kwnames.length == 0 ? null : kwnames, typed);
        PyObject r = cache.get(key);
        if (r != null) {
            hits++;
            return r;
        }
        misses++;
        r = Abstract.call(func, args, kwnames);
        // The call may have filled this key already (recursion): the newer result stays.
        if (!cache.containsKey(key)) {
            cache.put(key, r);
            if (maxsize > 0 && cache.size() > maxsize) {
                Iterator<Key> it = cache.keySet().iterator();
                it.next();
                it.remove();
            }
        }
        return r;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        PyObject[] a = org.pyvm.modules.corelib.Args.parse("lru_cache", args, kw, 4, 4, "user_function",
            "maxsize", "typed", "cache_info_type");
        if (!Partial.callable(a[0])) {
            throw PyErr.typeError("the first argument must be callable");
        }
        long maxsize;
        if (a[1] == PyNone.NONE) {
            maxsize = -1;
        } else if (Abstract.hasIndex(a[1])) {
            PyInt n = Abstract.index(a[1]);
            maxsize = n.signum() < 0 ? 0 : n.isBig() ? Long.MAX_VALUE : n.value;
        } else {
            throw PyErr.typeError("maxsize should be integer or None");
        }
        return new LruCache(cls, a[0], maxsize, Abstract.isTrue(a[2]), a[3]);
    }

    @ExposedMethod
    static PyObject __call__(LruCache self, PyObject[] args, String[] kw) {
        return self.call(args, kw);
    }

    /** Binds like a function, so that a cached method gets its instance. */
    @ExposedMethod(min = 1)
    static PyObject __get__(LruCache self, PyObject obj, PyObject type) {
        return obj == null || obj == PyNone.NONE ? self : new PyBoundMethod(self, obj);
    }

    @ExposedMethod
    static PyObject cache_info(LruCache self) {
        return Abstract.call(self.cacheInfoType, PyInt.of(self.hits), PyInt.of(self.misses),
            self.maxsize < 0 ? PyNone.NONE : PyInt.of(self.maxsize), PyInt.of(self.cache.size()));
    }

    @ExposedMethod
    static void cache_clear(LruCache self) {
        self.cache.clear();
        self.hits = 0;
        self.misses = 0;
    }

    @ExposedMethod
    static PyObject __copy__(LruCache self) {
        return self;
    }

    @ExposedMethod
    static PyObject __deepcopy__(LruCache self, PyObject memo) {
        return self;
    }

    @ExposedMethod
    static PyObject __reduce__(LruCache self) {
        return Abstract.getAttr(self, "__qualname__");
    }
}
