package org.pyvm.modules.cjk;

import java.util.List;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;

/**
 * The modules of CPython's Modules/cjkcodecs: _multibytecodec (the codec types) and
 * _codecs_jp, _codecs_kr, _codecs_cn, _codecs_tw, _codecs_hk and _codecs_iso2022, whose
 * getcodec(name) the encodings package calls (encodings/shift_jis.py ...).
 */
public final class CjkModules {

    private CjkModules() {}

    public static PyModule multibytecodec() {
        PyModule m = new PyModule("_multibytecodec");
        m.addFunctions(Create.class);
        PyDict d = m.getDict();
        d.setStr("MultibyteCodec", MultibyteCodecObject.TYPE);
        d.setStr("MultibyteIncrementalEncoder", MbIncrementalEncoder.TYPE);
        d.setStr("MultibyteIncrementalDecoder", MbIncrementalDecoder.TYPE);
        d.setStr("MultibyteStreamReader", MbStreamReader.TYPE);
        d.setStr("MultibyteStreamWriter", MbStreamWriter.TYPE);
        return m;
    }

    /** _multibytecodec.__create_codec: CPython takes a codec capsule, which pyvm never has. */
    static final class Create {
        private Create() {}

        @ExposedMethod(name = "__create_codec")
        static PyObject createCodec(PyObject arg) {
            throw PyErr.valueError("argument type invalid");
        }
    }

    /** getcodec(NAME) of a module whose codecs are ALL. */
    static PyObject getcodec(PyObject name, List<String> all) {
        if (!(name instanceof PyStr s)) {
            throw PyErr.typeError("encoding name must be a string.");
        }
        String n = s.value();
        if (!all.contains(n)) {
            throw PyErr.of(PyExc.LookupError, "no such codec is supported.");
        }
        return new MultibyteCodecObject(CjkTables.get(n));
    }

    private static PyModule module(String name, Class<?> functions) {
        PyModule m = new PyModule(name);
        m.addFunctions(functions);
        return m;
    }

    public static PyModule jp() {
        return module("_codecs_jp", Jp.class);
    }

    public static PyModule kr() {
        return module("_codecs_kr", Kr.class);
    }

    public static PyModule cn() {
        return module("_codecs_cn", Cn.class);
    }

    public static PyModule tw() {
        return module("_codecs_tw", Tw.class);
    }

    public static PyModule hk() {
        return module("_codecs_hk", Hk.class);
    }

    public static PyModule iso2022() {
        return module("_codecs_iso2022", Iso2022.class);
    }

    static final class Jp {
        private Jp() {}

        @ExposedMethod
        static PyObject getcodec(PyObject name) {
            return CjkModules.getcodec(name, List.of("shift_jis", "cp932", "euc_jp", "shift_jis_2004", "shift_jisx0213",
                "euc_jis_2004", "euc_jisx0213"));
        }
    }

    static final class Kr {
        private Kr() {}

        @ExposedMethod
        static PyObject getcodec(PyObject name) {
            return CjkModules.getcodec(name, List.of("euc_kr", "cp949", "johab"));
        }
    }

    static final class Cn {
        private Cn() {}

        @ExposedMethod
        static PyObject getcodec(PyObject name) {
            return CjkModules.getcodec(name, List.of("gb2312", "gbk", "gb18030", "hz"));
        }
    }

    static final class Tw {
        private Tw() {}

        @ExposedMethod
        static PyObject getcodec(PyObject name) {
            return CjkModules.getcodec(name, List.of("big5", "cp950"));
        }
    }

    static final class Hk {
        private Hk() {}

        @ExposedMethod
        static PyObject getcodec(PyObject name) {
            return CjkModules.getcodec(name, List.of("big5hkscs"));
        }
    }

    static final class Iso2022 {
        private Iso2022() {}

        @ExposedMethod
        static PyObject getcodec(PyObject name) {
            return CjkModules.getcodec(name, List.of("iso2022_kr", "iso2022_jp", "iso2022_jp_1", "iso2022_jp_2",
                "iso2022_jp_2004", "iso2022_jp_3", "iso2022_jp_ext"));
        }
    }
}
