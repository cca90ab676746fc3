package org.pyvm.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How interrupts become signal handlers or KeyboardInterrupt (the eval breaker's side of _signal). */
class InterruptsTest {

    @AfterEach
    void clear() {
        Thread.interrupted();
        Interrupts.reset(null);
        Gil.dropRequest = false;
    }

    @Test
    void aBareInterruptIsKeyboardInterrupt() {
        Interrupts.reset(Thread.currentThread());
        Thread.currentThread().interrupt();
        PyBaseException e = Interrupts.take();
        assertSame(PyExc.KeyboardInterrupt, e.type());
        assertFalse(Thread.currentThread().isInterrupted());
    }

    @Test
    void aTrippedSignalRunsTheHandlersInstead() {
        Interrupts.reset(Thread.currentThread());
        AtomicInteger runs = new AtomicInteger();
        Interrupts.setRunner(() -> {
            runs.incrementAndGet();
            Interrupts.tripped = false;
        });
        Interrupts.beginWait();
        Interrupts.trip();
        assertEquals(true, Thread.currentThread().isInterrupted());
        Interrupts.endWait();
        assertNull(Interrupts.take());
        assertEquals(1, runs.get());
        assertFalse(Thread.currentThread().isInterrupted());
        assertFalse(Gil.isActive());
    }

    @Test
    void aHandlersExceptionIsReturnedForTheCallerToRaise() {
        Interrupts.reset(Thread.currentThread());
        Interrupts.setRunner(() -> {
            Interrupts.tripped = false;
            throw PyErr.valueError("from handler");
        });
        Interrupts.beginWait();
        Interrupts.trip();
        PyBaseException e = Interrupts.take();
        assertSame(PyExc.ValueError, e.type());
    }

    @Test
    void withoutTheSignalModuleSigintIsKeyboardInterrupt() {
        Interrupts.reset(Thread.currentThread());
        Interrupts.beginWait();
        Interrupts.trip();
        assertSame(PyExc.KeyboardInterrupt, Interrupts.take().type());
    }

    @Test
    void checkNowTakesBackTheInterruptOfItsOwnTrip() {
        Interrupts.reset(Thread.currentThread());
        AtomicInteger runs = new AtomicInteger();
        Interrupts.setRunner(() -> {
            runs.incrementAndGet();
            Interrupts.tripped = false;
        });
        Interrupts.trip();
        // Not in a wait: no interrupt (an interruptible channel would be closed by one).
        assertFalse(Thread.currentThread().isInterrupted());
        assertNull(Interrupts.checkNow());
        assertEquals(1, runs.get());
        assertFalse(Thread.currentThread().isInterrupted());
    }

    @Test
    void aPendingSignalInterruptsTheNextWaitAtOnce() {
        Interrupts.reset(Thread.currentThread());
        AtomicInteger runs = new AtomicInteger();
        Interrupts.setRunner(() -> {
            runs.incrementAndGet();
            Interrupts.tripped = false;
        });
        Interrupts.trip();
        assertFalse(Thread.currentThread().isInterrupted());
        Interrupts.beginWait();
        assertEquals(true, Thread.currentThread().isInterrupted());
        Interrupts.afterInterruptedWait();
        assertEquals(1, runs.get());
    }
}
