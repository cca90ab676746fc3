package org.pyvm.runtime;

import java.util.List;

/**
 * "Did you mean: 'xcoord'?" for uncaught NameError and AttributeError: the closest
 * candidate by CPython's weighted Levenshtein distance. Compare CPython
 * Python/suggestions.c (levenshtein_distance, calculate_suggestions,
 * offer_suggestions_for_name_error).
 */
public final class Suggestions {

    private Suggestions() {}

    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MAX_CANDIDATE_ITEMS = 750;

    private static int substitutionCost(char a, char b) {
        if ((a & 31) != (b & 31)) {
            return MOVE_COST;
        }
        if (a == b) {
            return 0;
        }
        if (a >= 'A' && a <= 'Z') {
            a += 'a' - 'A';
        }
        if (b >= 'A' && b <= 'Z') {
            b += 'a' - 'A';
        }
        return a == b ? CASE_COST : MOVE_COST;
    }

    /**
     * _Py_UTF8_Edit_Cost: the weighted Levenshtein distance the suggestions use (a case
     * change costs 1, other edits 2), stopping above MAXCOST (-1: twice the longer length).
     */
    public static int editCost(String a, String b, int maxCost) {
        return distance(a, b, maxCost == -1 ? MOVE_COST * Math.max(a.length(), b.length()) : maxCost);
    }

    static int distance(String a0, String b0, int maxCost) {
        if (a0.equals(b0)) {
            return 0;
        }
        int as = 0;
        int ae = a0.length();
        int bs = 0;
        int be = b0.length();
        while (as < ae && bs < be && a0.charAt(as) == b0.charAt(bs)) {
            as++;
            bs++;
        }
        while (as < ae && bs < be && a0.charAt(ae - 1) == b0.charAt(be - 1)) {
            ae--;
            be--;
        }
        String a = a0.substring(as, ae);
        String b = b0.substring(bs, be);
        if (a.isEmpty() || b.isEmpty()) {
            return (a.length() + b.length()) * MOVE_COST;
        }
        if (a.length() > MAX_STRING_SIZE || b.length() > MAX_STRING_SIZE) {
            return maxCost + 1;
        }
        if (b.length() < a.length()) {
            String t = a;
            a = b;
            b = t;
        }
        if ((b.length() - a.length()) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        int[] buffer = new int[a.length()];
        for (int i = 0; i < a.length(); i++) {
            buffer[i] = (i + 1) * MOVE_COST;
        }
        int result = 0;
        for (int bi = 0; bi < b.length(); bi++) {
            char code = b.charAt(bi);
            int distance = bi * MOVE_COST;
            result = distance;
            int minimum = Integer.MAX_VALUE;
            for (int ai = 0; ai < a.length(); ai++) {
                int substitute = distance + substitutionCost(code, a.charAt(ai));
                distance = buffer[ai];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                buffer[ai] = result;
                minimum = Math.min(minimum, result);
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }

    static String best(List<String> candidates, String name) {
        if (candidates.size() > MAX_CANDIDATE_ITEMS) {
            return null;
        }
        String suggestion = null;
        int best = Integer.MAX_VALUE;
        for (String item : candidates) {
            if (item.equals(name)) {
                continue;
            }
            int max = (name.length() + item.length() + 3) * MOVE_COST / 6;
            max = Math.min(max, best - 1);
            int d = distance(name, item, max);
            if (d > max) {
                continue;
            }
            if (suggestion == null || d < best) {
                suggestion = item;
                best = d;
            }
        }
        return suggestion;
    }

    private static java.util.List<String> keys(PyObject mapping) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (PyObject k : Abstract.toArray(mapping)) {
            if (k instanceof PyStr s) {
                out.add(s.value());
            }
        }
        return out;
    }

    /** Whether NAME is in sys.stdlib_module_names (suggestions.c: is_name_stdlib_module). */
    private static boolean isStdlibModule(PyStr name) {
        PyModule sys = PyRuntime.builtinModule("sys");
        PyObject names = sys == null ? null : sys.getDict().getStr("stdlib_module_names");
        return names != null && Abstract.contains(names, name);
    }

    /** The suffix CPython appends to the message, or "". */
    static String offer(PyBaseException e) {
        try {
            PyObject name = e.getDict().getStr("name");
            if (!(name instanceof PyStr n)) {
                return "";
            }
            if (e.matches(PyExc.AttributeError)) {
                PyObject obj = e.getDict().getStr("obj");
                if (obj == null) {
                    return "";
                }
                PyObject dir = Abstract.callDescr(obj.type().lookup("__dir__"), obj);
                java.util.List<String> cands = keys(dir);
                java.util.Collections.sort(cands);
                String s = best(cands, n.value());
                return s == null ? "" : ". Did you mean: '" + s + "'?";
            }
            if (e.matches(PyExc.NameError) && e.traceback != null) {
                PyTraceback tb = e.traceback;
                while (tb.next != null) {
                    tb = tb.next;
                }
                PyFrame f = tb.frame;
                String s = best(java.util.Arrays.asList(f.code().raw.varnames()), n.value());
                if (s == null && java.util.Arrays.asList(f.code().raw.varnames()).contains("self")) {
                    PyObject self = f.locals() instanceof PyDict d ? d.getStr("self") : null;
                    if (self != null && Abstract.lookupAttr(self, n) != null) {
                        return ". Did you mean: 'self." + n.value() + "'?";
                    }
                }
                if (s == null) {
                    s = best(keys(f.globals()), n.value());
                }
                if (s == null) {
                    PyObject b = f.globals().getStr("__builtins__");
                    PyObject bd = b instanceof PyModule m ? m.getDict() : b instanceof PyDict d ? d : PyRuntime.builtins;
                    s = best(keys(bd), n.value());
                }
                // suggestions.c: offer_suggestions_for_name_error also names a standard module.
                boolean stdlib = isStdlibModule(n);
                if (stdlib) {
                    String imp = "forget to import " + Abstract.repr(n) + "?";
                    return s == null ? ". Did you " + imp : ". Did you mean: '" + s + "'? Or did you " + imp;
                }
                return s == null ? "" : ". Did you mean: '" + s + "'?";
            }
        } catch (PyBaseException ignored) {
            // A failing __dir__ gives no suggestion, as in CPython.
        }
        return "";
    }
}
