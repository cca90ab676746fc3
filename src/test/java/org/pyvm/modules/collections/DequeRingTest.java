package org.pyvm.modules.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyObject;

/**
 * The ring buffer behind deque against a plain list model: random mixes of pushes and
 * pops at both ends, insert, removal by index, rotate, reverse and maxlen trimming,
 * across many growths and wrap-arounds of the buffer.
 */
class DequeRingTest {

    private static List<Long> contents(Deque d) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < d.size; i++) {
            out.add(((PyInt) d.get(i)).value);
        }
        return out;
    }

    private static void run(long seed, long maxlen) {
        Random rnd = new Random(seed);
        Deque d = new Deque(Deque.TYPE);
        d.maxlen = maxlen;
        List<Long> model = new ArrayList<>();
        for (int step = 0; step < 5000; step++) {
            long v = rnd.nextInt(1000);
            PyObject pv = PyInt.of(v);
            int op = rnd.nextInt(10);
            int n = model.size();
            switch (op) {
                case 0, 1 -> {
                    d.append(pv);
                    model.add(v);
                    if (maxlen >= 0 && model.size() > maxlen) {
                        model.remove(0);
                    }
                }
                case 2, 3 -> {
                    d.appendLeft(pv);
                    model.add(0, v);
                    if (maxlen >= 0 && model.size() > maxlen) {
                        model.remove(model.size() - 1);
                    }
                }
                case 4 -> {
                    if (n > 0) {
                        assertEquals(model.remove(n - 1), ((PyInt) d.popRight()).value);
                    }
                }
                case 5 -> {
                    if (n > 0) {
                        assertEquals(model.remove(0), ((PyInt) d.popLeft()).value);
                    }
                }
                case 6 -> {
                    if (n > 0) {
                        int i = rnd.nextInt(n);
                        d.removeAt(i);
                        model.remove(i);
                    }
                }
                case 7 -> {
                    if (maxlen < 0 || n < maxlen) {
                        int i = rnd.nextInt(n + 1);
                        Deque.insert(d, PyInt.of(i), pv);
                        model.add(i, v);
                    }
                }
                case 8 -> {
                    int k = rnd.nextInt(21) - 10;
                    Deque.rotate(d, PyInt.of(k));
                    if (n > 0) {
                        java.util.Collections.rotate(model, k);
                    }
                }
                default -> {
                    Deque.reverse(d);
                    java.util.Collections.reverse(model);
                }
            }
            assertEquals(model.size(), d.size, "size after step " + step);
            if (step % 97 == 0) {
                assertEquals(model, contents(d), "contents after step " + step);
            }
        }
        assertEquals(model, contents(d));
    }

    @Test
    void unboundedMatchesListModel() {
        for (long seed = 1; seed <= 5; seed++) {
            run(seed, -1);
        }
    }

    @Test
    void boundedMatchesListModel() {
        run(11, 0);
        run(12, 1);
        run(13, 7);
        run(14, 64);
    }
}
