package org.pyvm.runtime;

import java.util.ArrayList;
import java.util.List;
import org.pyvm.runtime.text.Search;
import org.pyvm.runtime.text.UnicodeCtype;

/** The methods of {@code str}. Compare CPython Objects/unicodeobject.c. */
public final class StrMethods {

    private StrMethods() {}

    /** repr of a string, CPython's quoting and escapes. Compare unicodeobject.c: unicode_repr. */
    public static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == quote || c == '\\') {
                sb.append('\\').appendCodePoint(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else if (c < 0x7f) {
                sb.append((char) c);
            } else if (UnicodeCtype.isPrintable(c)) {
                sb.appendCodePoint(c);
            } else if (c <= 0xff) {
                sb.append(String.format("\\x%02x", c));
            } else if (c <= 0xffff) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append(String.format("\\U%08x", c));
            }
        }
        return sb.append(quote).toString();
    }


    static PyStr s(PyObject o) {
        return (PyStr) o;
    }

    static String arg(PyObject o, String fn) {
        if (o instanceof PyStr p) {
            return p.value();
        }
        throw PyErr.typeError(fn + " arg must be None or str");
    }

    private static String mustStr(PyObject o, String what) {
        if (o instanceof PyStr p) {
            return p.value();
        }
        throw PyErr.typeError(what + ", not " + o.type().getName());
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        ArgParser ap = new ArgParser("str", args, kw, 0, 3, "object", "encoding", "errors");
        PyObject o = ap.get(0);
        PyStr r;
        if (o == null) {
            r = PyStr.EMPTY;
        } else if (ap.get(1) != null || ap.get(2) != null) {
            byte[] raw = PyByteArray.bytesOf(o);
            if (o instanceof PyStr) {
                throw PyErr.typeError("decoding str is not supported");
            }
            if (raw == null) {
                throw PyErr.typeError("decoding to str: need a bytes-like object, " + o.type().getName() + " found");
            }
            PyBytes b = new PyBytes(raw);
            r = PyStr.of(b.decode(ap.get(1) == null ? "utf-8" : PyBytes.strArg(ap.get(1), "str", "encoding"),
                ap.get(2) == null ? "strict" : PyBytes.strArg(ap.get(2), "str", "errors")));
        } else {
            r = Abstract.str(o);
        }
        if (cls != PyStr.TYPE) {
            return new PyStrSubclass(cls, r.value());
        }
        return r;
    }

    @ExposedMethod
    static PyObject __repr__(PyStr self) {
        return PyStr.of(repr(self.value()));
    }

    @ExposedMethod
    static PyObject __str__(PyStr self) {
        return self.getClass() == PyStr.class ? self : PyStr.of(self.value());
    }

    @ExposedMethod
    static long __hash__(PyStr self) {
        return self.pyHash();
    }

    @ExposedMethod
    static long __len__(PyStr self) {
        return self.length();
    }

    @ExposedMethod
    static PyObject __eq__(PyStr self, PyObject o) {
        return o instanceof PyStr p ? PyBool.of(self.value().equals(p.value())) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @ExposedMethod
    static PyObject __ne__(PyStr self, PyObject o) {
        return o instanceof PyStr p ? PyBool.of(!self.value().equals(p.value())) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @ExposedMethod
    static PyObject __lt__(PyStr self, PyObject o) {
        return o instanceof PyStr p ? PyBool.of(self.compareTo(p) < 0) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @ExposedMethod
    static PyObject __le__(PyStr self, PyObject o) {
        return o instanceof PyStr p ? PyBool.of(self.compareTo(p) <= 0) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @ExposedMethod
    static PyObject __gt__(PyStr self, PyObject o) {
        return o instanceof PyStr p ? PyBool.of(self.compareTo(p) > 0) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @ExposedMethod
    static PyObject __ge__(PyStr self, PyObject o) {
        return o instanceof PyStr p ? PyBool.of(self.compareTo(p) >= 0) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @ExposedMethod
    static PyObject __add__(PyStr self, PyObject o) {
        if (o instanceof PyStr p) {
            return PyStr.concat(self, p);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @ExposedMethod
    static PyObject __mul__(PyStr self, PyObject o) {
        long n = Abstract.asSsize(o, PyExc.OverflowError);
        if (n <= 0) {
            return PyStr.EMPTY;
        }
        if (n == 1 && self.getClass() == PyStr.class) {
            // An exact str repeated once is itself. Compare unicodeobject.c: unicode_repeat.
            return self;
        }
        // Past Py_ssize_t it is an OverflowError; a result merely too large to allocate (a
        // Java string holds under 2**31 UTF-16 units) is a MemoryError, as in CPython.
        int units = self.value().length();
        if (units == 0) {
            return self.getClass() == PyStr.class ? self : PyStr.EMPTY;
        }
        if (n > Long.MAX_VALUE / self.length()) {
            throw PyErr.overflowError("repeated string is too long");
        }
        if (n > (Integer.MAX_VALUE - 16) / units) {
            throw PyErr.memoryError();
        }
        return PyStr.of(self.value().repeat((int) n));
    }

    /**
     * The size CPython's compact representation would take: a 40-byte header for ASCII
     * text, else 56, then one terminating and one slot per character of 1, 2 or 4 bytes by
     * the widest character. Compare unicodeobject.c: unicode_sizeof.
     */
    @ExposedMethod
    static long __sizeof__(PyStr self) {
        String v = self.value();
        int max = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isSurrogate(c)) {
                int cp = v.codePointAt(i);
                if (cp > 0xffff) {
                    max = cp;
                    break;
                }
            }
            max = Math.max(max, c);
        }
        long n = self.length() + 1L;
        if (max < 0x80) {
            return 40 + n;
        }
        return 56 + n * (max < 0x100 ? 1 : max < 0x10000 ? 2 : 4);
    }

    @ExposedMethod
    static PyObject __rmul__(PyStr self, PyObject o) {
        return __mul__(self, o);
    }

    @ExposedMethod
    static PyObject __mod__(PyStr self, PyObject o) {
        return PyStr.of(Formatter.percent(self.value(), o));
    }

    @ExposedMethod
    static boolean __contains__(PyStr self, PyObject o) {
        String t = mustStr(o, "'in <string>' requires string as left operand");
        String s = self.value();
        return t.isEmpty() || Search.indexOf(s, t, 0, s.length()) >= 0;
    }

    @ExposedMethod
    static PyObject __getitem__(PyStr self, PyObject key) {
        if (key instanceof PySlice sl) {
            int n = self.length();
            long[] r = sl.indices(n);
            int start = (int) r[0];
            int stop = (int) r[1];
            int step = (int) r[2];
            if (step == 1) {
                if (start == 0 && stop >= n && self.getClass() == PyStr.class) {
                    return self; // the whole of an exact str (unicode_subscript)
                }
                return PyStr.of(stop > start ? self.substring(start, stop) : "");
            }
            StringBuilder sb = new StringBuilder();
            for (long i = start, k = 0; k < r[3]; i += step, k++) {
                sb.appendCodePoint(self.codePointAt((int) i));
            }
            return PyStr.of(sb.toString());
        }
        if (!Abstract.hasIndex(key)) {
            throw PyErr.typeError("string indices must be integers, not '" + key.type().getName() + "'");
        }
        PyInt k = Abstract.index(key);
        if (k.isBig()) {
            // PyNumber_AsSsize_t(key, PyExc_IndexError) in unicode_subscript.
            throw PyErr.indexError("cannot fit '" + key.type().getName() + "' into an index-sized integer");
        }
        long i = k.value;
        int n = self.length();
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw PyErr.indexError("string index out of range");
        }
        return PyStr.ofCodePoint(self.codePointAt((int) i));
    }

    @ExposedMethod
    static PyObject __iter__(PyStr self) {
        return new PySeqIter(self);
    }

    @ExposedMethod
    static PyObject __format__(PyStr self, PyObject spec) {
        String s = Abstract.strArg(spec, "format");
        return s.isEmpty() ? Abstract.str(self) : PyStr.of(Formatter.formatStr(self.value(), s));
    }

    @ExposedMethod
    static PyObject __getnewargs__(PyStr self) {
        return PyTuple.of(PyStr.of(self.value()));
    }

    @ExposedMethod
    static PyObject join(PyStr self, PyObject iterable) {
        if (iterable instanceof PyList || iterable instanceof PyTuple) {
            // One exact str joined is itself. Compare unicodeobject.c: _PyUnicode_JoinArray.
            PyObject[] items = Abstract.toArray(iterable);
            if (items.length == 1 && items[0].getClass() == PyStr.class) {
                return items[0];
            }
        }
        StringBuilder sb = new StringBuilder();
        String sep = self.value();
        int i = 0;
        for (PyObject o : Abstract.iterable(iterable)) {
            if (!(o instanceof PyStr p)) {
                throw PyErr.typeError("sequence item " + i + ": expected str instance, " + o.type().getName() + " found");
            }
            if (i++ > 0) {
                sb.append(sep);
            }
            sb.append(p.value());
        }
        return PyStr.of(sb.toString());
    }

    /**
     * maxsplit is a Py_ssize_t in CPython: any value beyond a str's length means "all", a
     * negative one too (unicodeobject.c: split, rsplit).
     */
    private static int maxsplitOf(PyObject maxsplit) {
        if (maxsplit == null) {
            return -1;
        }
        long m = Abstract.index(maxsplit).longValue();
        return m < 0 ? -1 : (int) Math.min(m, Integer.MAX_VALUE);
    }

    /**
     * SELF when it is an exact str, else an exact str of the same text: a method that leaves
     * the text unchanged returns a str, never the subclass instance (unicode_result_unchanged).
     */
    private static PyStr unchanged(PyStr self) {
        return self.type() == PyStr.TYPE ? self : PyStr.of(self.value());
    }

    @ExposedMethod(min = 0, names = {"sep", "maxsplit"})
    static PyObject split(PyStr self, PyObject sep, PyObject maxsplit) {
        int max = maxsplitOf(maxsplit);
        PyList out = new PyList();
        String s = self.value();
        if (sep == null || sep == PyNone.NONE) {
            int i = 0;
            int n = s.length();
            while (true) {
                while (i < n && UnicodeCtype.isSpace(s.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                if (max >= 0 && out.size() == max) {
                    out.append(PyStr.of(s.substring(i)));
                    break;
                }
                int j = i;
                while (j < n && !UnicodeCtype.isSpace(s.charAt(j))) {
                    j++;
                }
                out.append(PyStr.of(s.substring(i, j)));
                i = j;
            }
            return out;
        }
        String d = mustStr(sep, "must be str or None");
        if (d.isEmpty()) {
            throw PyErr.valueError("empty separator");
        }
        int i = 0;
        Search.Matcher mt = Search.matcher(d);
        while (max < 0 || out.size() < max) {
            int j = mt.next(s, i, s.length());
            if (j < 0) {
                break;
            }
            out.append(PyStr.of(s.substring(i, j)));
            i = j + d.length();
        }
        out.append(PyStr.of(s.substring(i)));
        return out;
    }

    @ExposedMethod(min = 0, names = {"sep", "maxsplit"})
    static PyObject rsplit(PyStr self, PyObject sep, PyObject maxsplit) {
        int max = maxsplitOf(maxsplit);
        if (max < 0) {
            // Not split(): matches are taken from the right ('abbbc'.rsplit('bb') is ['ab', 'c']).
            max = Integer.MAX_VALUE;
        }
        String s = self.value();
        List<PyObject> parts = new ArrayList<>();
        if (sep == null || sep == PyNone.NONE) {
            int j = s.length();
            while (true) {
                while (j > 0 && UnicodeCtype.isSpace(s.charAt(j - 1))) {
                    j--;
                }
                if (j == 0) {
                    break;
                }
                if (parts.size() == max) {
                    parts.add(PyStr.of(s.substring(0, j)));
                    break;
                }
                int i = j;
                while (i > 0 && !UnicodeCtype.isSpace(s.charAt(i - 1))) {
                    i--;
                }
                parts.add(PyStr.of(s.substring(i, j)));
                j = i;
            }
        } else {
            String d = mustStr(sep, "must be str or None");
            if (d.isEmpty()) {
                throw PyErr.valueError("empty separator");
            }
            int j = s.length();
            while (parts.size() < max) {
                int i = Search.lastIndexOf(s, d, 0, j);
                if (i < 0) {
                    break;
                }
                parts.add(PyStr.of(s.substring(i + d.length(), j)));
                j = i;
            }
            parts.add(PyStr.of(s.substring(0, j)));
        }
        java.util.Collections.reverse(parts);
        return new PyList(parts);
    }

    @ExposedMethod(min = 0, names = {"keepends"})
    static PyObject splitlines(PyStr self, PyObject keepends) {
        boolean keep = keepends != null && Abstract.isTrue(keepends);
        PyList out = new PyList();
        String s = self.value();
        int i = 0;
        int n = s.length();
        while (i < n) {
            int j = i;
            while (j < n && "\n\r\u000b\u000c\u001c\u001d\u001e\u0085\u2028\u2029".indexOf(s.charAt(j)) < 0) {
                j++;
            }
            int eol = j;
            if (j < n) {
                j += (s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n') ? 2 : 1;
            }
            out.append(PyStr.of(s.substring(i, keep ? j : eol)));
            i = j;
        }
        return out;
    }


    private static String stripChars(String s, PyObject chars, boolean left, boolean right) {
        int i = 0;
        int j = s.length();
        if (chars == null || chars == PyNone.NONE) {
            while (left && i < j && UnicodeCtype.isSpace(s.charAt(i))) {
                i++;
            }
            while (right && j > i && UnicodeCtype.isSpace(s.charAt(j - 1))) {
                j--;
            }
        } else {
            String cs = arg(chars, "strip");
            while (left && i < j && cs.indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            while (right && j > i && cs.indexOf(s.charAt(j - 1)) >= 0) {
                j--;
            }
        }
        return s.substring(i, j);
    }

    /** S stripped; an exact str with nothing to strip is returned itself. Compare unicodeobject.c: do_strip, _PyUnicode_XStrip. */
    private static PyObject stripped(PyStr self, PyObject chars, boolean left, boolean right) {
        String v = self.value();
        String r = stripChars(v, chars, left, right);
        return r.length() == v.length() && self.getClass() == PyStr.class ? self : PyStr.of(r);
    }

    @ExposedMethod(min = 0)
    static PyObject strip(PyStr self, PyObject chars) {
        return stripped(self, chars, true, true);
    }

    @ExposedMethod(min = 0)
    static PyObject lstrip(PyStr self, PyObject chars) {
        return stripped(self, chars, true, false);
    }

    @ExposedMethod(min = 0)
    static PyObject rstrip(PyStr self, PyObject chars) {
        return stripped(self, chars, false, true);
    }

    private static boolean affix(PyStr self, PyObject prefix, PyObject start, PyObject end, boolean starts) {
        int n = self.length();
        int[] r = Abstract.sliceBounds(start, end, n);
        String sub = r[0] > r[1] ? null : self.substring(r[0], Math.max(r[0], r[1]));
        if (prefix instanceof PyTuple t) {
            for (PyObject p : t.items) {
                if (sub != null && (starts ? sub.startsWith(mustStr(p, "tuple for startswith must only contain str"))
                    : sub.endsWith(mustStr(p, "tuple for endswith must only contain str")))) {
                    return true;
                }
            }
            return false;
        }
        if (!(prefix instanceof PyStr p)) {
            throw PyErr.typeError((starts ? "startswith" : "endswith") + " first arg must be str or a tuple of str, not "
                + prefix.type().getName());
        }
        return sub != null && (starts ? sub.startsWith(p.value()) : sub.endsWith(p.value()));
    }

    @ExposedMethod(min = 1, parseTuple = true)
    static boolean startswith(PyStr self, PyObject prefix, PyObject start, PyObject end) {
        return affix(self, prefix, start, end, true);
    }

    @ExposedMethod(min = 1, parseTuple = true)
    static boolean endswith(PyStr self, PyObject suffix, PyObject start, PyObject end) {
        return affix(self, suffix, start, end, false);
    }

    private static long find(PyStr self, PyObject sub, PyObject start, PyObject end, boolean reverse) {
        String t = mustStr(sub, "must be str");
        int n = self.length();
        int[] r = Abstract.sliceBounds(start, end, n);
        if (r[0] > n || r[1] - r[0] < t.codePointCount(0, t.length())) {
            return (t.isEmpty() && r[0] <= n && r[0] <= r[1]) ? (reverse ? r[1] : r[0]) : -1;
        }
        int a = self.charIndex(r[0]);
        int b = self.charIndex(r[1]);
        String hay = self.value();
        if (t.isEmpty()) {
            return reverse ? r[1] : r[0];
        }
        int k = reverse ? Search.lastIndexOf(hay, t, a, b) : Search.indexOf(hay, t, a, b);
        if (k < 0) {
            return -1;
        }
        return self.cpIndex(k);
    }

    @ExposedMethod(min = 1, parseTuple = true)
    static long find(PyStr self, PyObject sub, PyObject start, PyObject end) {
        return find(self, sub, start, end, false);
    }

    @ExposedMethod(min = 1, parseTuple = true)
    static long rfind(PyStr self, PyObject sub, PyObject start, PyObject end) {
        return find(self, sub, start, end, true);
    }

    @ExposedMethod(min = 1, parseTuple = true)
    static long index(PyStr self, PyObject sub, PyObject start, PyObject end) {
        long r = find(self, sub, start, end, false);
        if (r < 0) {
            throw PyErr.valueError("substring not found");
        }
        return r;
    }

    @ExposedMethod(min = 1, parseTuple = true)
    static long rindex(PyStr self, PyObject sub, PyObject start, PyObject end) {
        long r = find(self, sub, start, end, true);
        if (r < 0) {
            throw PyErr.valueError("substring not found");
        }
        return r;
    }

    @ExposedMethod(min = 1, parseTuple = true)
    static long count(PyStr self, PyObject sub, PyObject start, PyObject end) {
        String t = mustStr(sub, "must be str");
        int n = self.length();
        int[] r = Abstract.sliceBounds(start, end, n);
        if (r[0] > r[1]) {
            return 0;
        }
        String s = self.substring(r[0], r[1]);
        if (t.isEmpty()) {
            return s.codePointCount(0, s.length()) + 1;
        }
        return Search.count(s, t, 0, s.length(), -1);
    }

    /**
     * An exact str comes back itself when nothing changes, as CPython's replace() does
     * (unicode_result_unchanged); pickle's protocol-0 memo relies on that identity.
     */
    @ExposedMethod(min = 2)
    static PyObject replace(PyStr self, PyObject old, PyObject nw, PyObject count) {
        String r = replaceText(self, old, nw, count);
        return self.type() == PyStr.TYPE && r.equals(self.value()) ? self : PyStr.of(r);
    }

    private static String replaceText(PyStr self, PyObject old, PyObject nw, PyObject count) {
        String o = mustStr(old, "replace() argument 1 must be str");
        String n = mustStr(nw, "replace() argument 2 must be str");
        long max = count == null ? -1 : Abstract.index(count).longValue();
        if (max < 0) {
            if (o.isEmpty()) {
                StringBuilder sb = new StringBuilder(n);
                self.value().codePoints().forEach(c -> sb.appendCodePoint(c).append(n));
                return sb.toString();
            }
            if (o.length() <= 8) {
                return self.value().replace(o, n);
            }
        }
        StringBuilder sb = new StringBuilder();
        String s = self.value();
        int i = 0;
        long done = 0;
        Search.Matcher mt = Search.matcher(o.isEmpty() ? "\0" : o);
        while (max < 0 || done < max) {
            int j = o.isEmpty() ? (i <= s.length() ? i : -1) : mt.next(s, i, s.length());
            if (j < 0) {
                break;
            }
            sb.append(s, i, j).append(n);
            if (o.isEmpty()) {
                if (j < s.length()) {
                    sb.appendCodePoint(s.codePointAt(j));
                }
                i = j + (j < s.length() ? Character.charCount(s.codePointAt(j)) : 1);
            } else {
                i = j + o.length();
            }
            done++;
        }
        if (i <= s.length()) {
            sb.append(s.substring(i));
        }
        return sb.toString();
    }

    @ExposedMethod
    static String upper(PyStr self) {
        return org.pyvm.runtime.text.StrCase.upper(self.value());
    }

    @ExposedMethod
    static String lower(PyStr self) {
        return org.pyvm.runtime.text.StrCase.lower(self.value());
    }

    @ExposedMethod
    static String casefold(PyStr self) {
        return org.pyvm.runtime.text.StrCase.casefold(self.value());
    }

    @ExposedMethod
    static String swapcase(PyStr self) {
        return org.pyvm.runtime.text.StrCase.swapcase(self.value());
    }

    @ExposedMethod
    static String capitalize(PyStr self) {
        return org.pyvm.runtime.text.StrCase.capitalize(self.value());
    }

    @ExposedMethod
    static String title(PyStr self) {
        return org.pyvm.runtime.text.StrCase.title(self.value());
    }

    private interface CpTest {
        boolean test(int c);
    }

    private static boolean all(PyStr s, CpTest t) {
        if (s.value().isEmpty()) {
            return false;
        }
        return s.value().codePoints().allMatch(t::test);
    }

    @ExposedMethod
    static boolean isdigit(PyStr self) {
        // Numeric_Type Digit or Decimal: decimal digits, and other numbers with a digit value (superscripts).
        return all(self, UnicodeCtype::isDigit);
    }

    @ExposedMethod
    static boolean isdecimal(PyStr self) {
        return all(self, UnicodeCtype::isDecimal);
    }

    @ExposedMethod
    static boolean isnumeric(PyStr self) {
        return all(self, UnicodeCtype::isNumeric);
    }

    @ExposedMethod
    static boolean isalpha(PyStr self) {
        return all(self, UnicodeCtype::isAlpha);
    }

    @ExposedMethod
    static boolean isalnum(PyStr self) {
        return all(self, UnicodeCtype::isAlnum);
    }

    @ExposedMethod
    static boolean isspace(PyStr self) {
        return all(self, UnicodeCtype::isSpace);
    }

    @ExposedMethod
    static boolean isascii(PyStr self) {
        return self.value().chars().allMatch(c -> c < 128);
    }

    @ExposedMethod
    static boolean isidentifier(PyStr self) {
        String s = self.value();
        // XID_Start (or '_') then XID_Continue. Compare unicodeobject.c: _PyUnicode_ScanIdentifier.
        if (s.isEmpty() || !UnicodeCtype.isXidStart(s.codePointAt(0))) {
            return false;
        }
        return s.codePoints().allMatch(UnicodeCtype::isXidContinue);
    }

    @ExposedMethod
    static boolean isprintable(PyStr self) {
        return self.value().codePoints().allMatch(UnicodeCtype::isPrintable);
    }

    @ExposedMethod
    static boolean isupper(PyStr self) {
        boolean cased = false;
        for (int c : self.value().codePoints().toArray()) {
            if (UnicodeCtype.isLower(c) || UnicodeCtype.isTitle(c)) {
                return false;
            }
            cased |= UnicodeCtype.isUpper(c);
        }
        return cased;
    }

    @ExposedMethod
    static boolean islower(PyStr self) {
        boolean cased = false;
        for (int c : self.value().codePoints().toArray()) {
            if (UnicodeCtype.isUpper(c) || UnicodeCtype.isTitle(c)) {
                return false;
            }
            cased |= UnicodeCtype.isLower(c);
        }
        return cased;
    }

    @ExposedMethod
    static boolean istitle(PyStr self) {
        return org.pyvm.runtime.text.StrCase.istitle(self.value());
    }

    private static String fillChar(PyObject fill) {
        if (fill == null) {
            return " ";
        }
        String f = mustStr(fill, "The fill character must be a unicode character");
        if (f.codePointCount(0, f.length()) != 1) {
            throw PyErr.typeError("The fill character must be exactly one character long");
        }
        return f;
    }

    @ExposedMethod(min = 1)
    static PyObject center(PyStr self, PyObject width, PyObject fill) {
        int w = Abstract.index(width).intValue();
        int n = self.length();
        String f = fillChar(fill);
        if (w <= n) {
            return unchanged(self);
        }
        int marg = w - n;
        int left = marg / 2 + (marg & w & 1);
        return PyStr.of(f.repeat(left) + self.value() + f.repeat(marg - left));
    }

    @ExposedMethod(min = 1)
    static PyObject ljust(PyStr self, PyObject width, PyObject fill) {
        int w = Abstract.index(width).intValue();
        int n = self.length();
        String f = fillChar(fill);
        return w <= n ? unchanged(self) : PyStr.of(self.value() + f.repeat(w - n));
    }

    @ExposedMethod(min = 1)
    static PyObject rjust(PyStr self, PyObject width, PyObject fill) {
        int w = Abstract.index(width).intValue();
        int n = self.length();
        String f = fillChar(fill);
        return w <= n ? unchanged(self) : PyStr.of(f.repeat(w - n) + self.value());
    }

    @ExposedMethod
    static PyObject zfill(PyStr self, PyObject width) {
        int w = Abstract.index(width).intValue();
        String s = self.value();
        int n = self.length();
        if (w <= n) {
            return unchanged(self);
        }
        String pad = "0".repeat(w - n);
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            return PyStr.of(s.charAt(0) + pad + s.substring(1));
        }
        return PyStr.of(pad + s);
    }

    @ExposedMethod
    static PyObject partition(PyStr self, PyObject sep) {
        String d = mustStr(sep, "must be str");
        if (d.isEmpty()) {
            throw PyErr.valueError("empty separator");
        }
        int i = Search.indexOf(self.value(), d, 0, self.value().length());
        if (i < 0) {
            return PyTuple.of(self, PyStr.EMPTY, PyStr.EMPTY);
        }
        return PyTuple.of(PyStr.of(self.value().substring(0, i)), sep, PyStr.of(self.value().substring(i + d.length())));
    }

    @ExposedMethod
    static PyObject rpartition(PyStr self, PyObject sep) {
        String d = mustStr(sep, "must be str");
        if (d.isEmpty()) {
            throw PyErr.valueError("empty separator");
        }
        int i = Search.lastIndexOf(self.value(), d, 0, self.value().length());
        if (i < 0) {
            return PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, self);
        }
        return PyTuple.of(PyStr.of(self.value().substring(0, i)), sep, PyStr.of(self.value().substring(i + d.length())));
    }

    @ExposedMethod
    static String removeprefix(PyStr self, PyObject p) {
        String s = mustStr(p, "removeprefix() argument must be str");
        return self.value().startsWith(s) ? self.value().substring(s.length()) : self.value();
    }

    @ExposedMethod
    static String removesuffix(PyStr self, PyObject p) {
        String s = mustStr(p, "removesuffix() argument must be str");
        return self.value().endsWith(s) && !s.isEmpty() ? self.value().substring(0, self.value().length() - s.length()) : self.value();
    }

    @ExposedMethod(min = 0, names = {"tabsize"})
    static PyObject expandtabs(PyStr self, PyObject tabsize) {
        int ts = tabsize == null ? 8 : Abstract.index(tabsize).intValue();
        if (self.value().indexOf('\t') < 0 && self.getClass() == PyStr.class) {
            return self; // no tab: unicode_expandtabs_impl returns the str unchanged
        }
        StringBuilder sb = new StringBuilder();
        int col = 0;
        for (char c : self.value().toCharArray()) {
            if (c == '\t') {
                if (ts > 0) {
                    int sp = ts - (col % ts);
                    sb.append(" ".repeat(sp));
                    col += sp;
                }
            } else {
                sb.append(c);
                col = (c == '\n' || c == '\r') ? 0 : col + 1;
            }
        }
        return PyStr.of(sb.toString());
    }

    @ExposedMethod(min = 0, names = {"encoding", "errors"})
    static PyObject encode(PyStr self, PyObject encoding, PyObject errors) {
        String enc = encoding == null ? "utf-8" : mustStr(encoding, "encode() argument 'encoding' must be str");
        return PyBytes.encode(self, enc, errors == null ? "strict" : PyBytes.strArg(errors, "encode", "errors"));
    }

    @ExposedMethod
    static PyObject format(PyStr self, PyObject[] args, String[] kw) {
        return PyStr.of(Formatter.strFormat(self.value(), args, kw));
    }

    /** str.maketrans(x[, y[, z]]): a static method. Compare unicodeobject.c: unicode_maketrans_impl. */
    @ExposedMethod(min = 1)
    static PyObject maketrans(PyObject x, PyObject y, PyObject z) {
        PyDict d = new PyDict();
        if (y == null) {
            if (!(x instanceof PyDict src)) {
                throw PyErr.typeError("if you give only one argument to maketrans it must be a dict");
            }
            for (PyObject k : src.keysArray()) {
                PyObject key = k;
                if (k instanceof PyStr ks) {
                    if (ks.length() != 1) {
                        throw PyErr.valueError("string keys in translate table must be of length 1");
                    }
                    key = PyInt.of(ks.codePointAt(0));
                } else if (!(k instanceof PyInt)) {
                    throw PyErr.typeError("keys in translate table must be strings or integers");
                }
                d.setItem(key, src.get(k));
            }
            return d;
        }
        String a = mustStr(x, "maketrans() argument 1 must be str");
        String b = mustStr(y, "maketrans() argument 2 must be str");
        if (a.codePointCount(0, a.length()) != b.codePointCount(0, b.length())) {
            throw PyErr.valueError("the first two maketrans arguments must have equal length");
        }
        int[] ac = a.codePoints().toArray();
        int[] bc = b.codePoints().toArray();
        for (int i = 0; i < ac.length; i++) {
            d.setItem(PyInt.of(ac[i]), PyInt.of(bc[i]));
        }
        if (z != null) {
            for (int c : mustStr(z, "maketrans() argument 3 must be str").codePoints().toArray()) {
                d.setItem(PyInt.of(c), PyNone.NONE);
            }
        }
        return d;
    }

    @ExposedMethod
    static PyObject format_map(PyStr self, PyObject mapping) {
        return PyStr.of(Formatter.strFormatMap(self.value(), mapping));
    }

    @ExposedMethod
    static String translate(PyStr self, PyObject table) {
        StringBuilder sb = new StringBuilder();
        for (int c : self.value().codePoints().toArray()) {
            PyObject r = Abstract.getItemOrNull(table, PyInt.of(c));
            if (r == null) {
                sb.appendCodePoint(c);
            } else if (r instanceof PyStr p) {
                sb.append(p.value());
            } else if (r instanceof PyInt i) {
                // Compare unicodeobject.c: charmaptranslate_lookup.
                if (i.isBig() || i.longValue() < 0 || i.longValue() > 0x10ffff) {
                    throw PyErr.valueError("character mapping must be in range(0x110000)");
                }
                sb.appendCodePoint(i.intValue());
            } else if (r != PyNone.NONE) {
                throw PyErr.typeError("character mapping must return integer, None or str");
            }
        }
        return sb.toString();
    }
}
