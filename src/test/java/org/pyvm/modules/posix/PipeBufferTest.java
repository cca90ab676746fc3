package org.pyvm.modules.posix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** pyvm's in-JVM pipe: ring-buffer contents, end of file, EPIPE, non-blocking calls and poll readiness. */
class PipeBufferTest {

    private static byte[] read(PipeBuffer p, int n, boolean block) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(n);
        int k = p.read(b, block);
        return k < 0 ? null : Arrays.copyOf(b.array(), k);
    }

    @Test
    void bytesComeOutInOrderAcrossTheRingsEnd() throws IOException {
        PipeBuffer p = new PipeBuffer();
        Random r = new Random(7);
        byte[] all = new byte[5 * PipeBuffer.CAPACITY];
        r.nextBytes(all);
        int written = 0;
        int readAt = 0;
        while (readAt < all.length) {
            int w = Math.min(all.length - written, 1 + r.nextInt(20000));
            written += p.write(ByteBuffer.wrap(all, written, w), false);
            byte[] got = read(p, 1 + r.nextInt(30000), false);
            assertArrayEquals(Arrays.copyOfRange(all, readAt, readAt + got.length), got);
            readAt += got.length;
        }
        assertEquals(all.length, written);
    }

    @Test
    void endOfFileAfterTheWriterCloses() throws IOException {
        PipeBuffer p = new PipeBuffer();
        p.write(ByteBuffer.wrap(new byte[] {1, 2, 3}), true);
        assertEquals(0, p.readEvents() & 16);
        p.sink.close();
        assertEquals(1 | 16, p.readEvents());
        assertArrayEquals(new byte[] {1, 2, 3}, read(p, 10, true));
        assertEquals(null, read(p, 10, true));
    }

    @Test
    void writingWithTheReaderGoneIsBrokenPipe() {
        PipeBuffer p = new PipeBuffer();
        p.source.close();
        assertEquals(4 | 8, p.writeEvents());
        IOException e = assertThrows(IOException.class, () -> p.write(ByteBuffer.wrap(new byte[1]), true));
        assertEquals(OsErrors.EPIPE, OsErrors.errnoOf(e));
    }

    @Test
    void nonBlockingCallsStopAtEmptyAndFull() throws IOException {
        PipeBuffer p = new PipeBuffer();
        assertEquals(0, read(p, 10, false).length);
        assertEquals(0, p.readEvents());
        assertEquals(4, p.writeEvents());
        assertEquals(PipeBuffer.CAPACITY, p.write(ByteBuffer.wrap(new byte[PipeBuffer.CAPACITY + 10]), false));
        assertEquals(0, p.writeEvents());
        assertEquals(0, p.write(ByteBuffer.wrap(new byte[1]), false));
        assertEquals(1, p.readEvents());
        assertEquals(PipeBuffer.CAPACITY, p.available());
    }

    @Test
    void aBlockedWriterGoesOnWhenTheReaderTakes() throws Exception {
        PipeBuffer p = new PipeBuffer();
        byte[] big = new byte[3 * PipeBuffer.CAPACITY];
        Arrays.fill(big, (byte) 9);
        Thread w = new Thread(() -> {
            try {
                p.write(ByteBuffer.wrap(big), true);
                p.sink.close();
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        w.start();
        int total = 0;
        for (byte[] b = read(p, 10000, true); b != null; b = read(p, 10000, true)) {
            total += b.length;
        }
        w.join(10000);
        assertEquals(big.length, total);
        assertTrue(!w.isAlive());
    }
}
