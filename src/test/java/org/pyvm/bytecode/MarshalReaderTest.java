package org.pyvm.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link MarshalReader} against CPython's {@code marshal.loads}, value for value and error for error. */
class MarshalReaderTest {

    @TempDir
    Path tmp;

    /** Hand-made inputs: every type code, refs, and each error path of r_object. */
    static final String[] CASES = {
        "", "30", "4e", "ce", "46", "54", "53", "2e", "69ffffffff", "e901000000", "6901",
        "4900000000000000c0", "6c00000000", "6c01000000ff7f", "6cffffffff0500", "6c0300000001000200ff7f",
        "6c0500000001000000000000000001", "6c0200000001000000", "6c0000008000", "6c010000000080",
        "6701000000000000f0", "67000000000000f87f", "66033132332e35", "66053165313330", "6603696e66", "66042d6e616e",
        "660320312e", "6603317e35", "66", "6604312e3500", "6605312e350078", "660230", "6602ffe9", "78033131320231",
        "7800", "79000000000000f03f000000000000f0bf", "79",
        "7305000000616263", "730000000000", "73ffffffff", "7a03616263", "7a", "5a0261ff", "6103000000616263",
        "61ffffffff", "750400000041c3a9", "7503000000eda080", "7506000000eda080edb080", "7503000000e18041",
        "7502000000e180", "7502000000eda0", "7504000000f4908080", "7501000000c0", "7401000000ff",
        "750400000020f09f9880", "29", "2900", "29024e4e", "2802000000e90100000072000000004e",
        "28ffffffff", "28ffff0f00", "5bffff0f00", "3cffff0f00", "5b020000004e30", "5b01000000db0100000072000000000000",
        "db010000007200000000", "7b4e30", "7b4e4e30", "7b30", "7b4e", "7b29015b0000000000004e30",
        "3c01000000295b000000", "3c0100000029013c00000000", "3e0000000000", "3e020000004e4e",
        "bc010000007200000000", "be010000007200000000", "72ffffffff", "7200000000",
        "f3000000007200000000", "fb010000007200000000", "71", "3f", "e90500000072000000005b0000000000",
        "630000000000000000000000000000000000000000",
        "63000000000000000000000000000000000000000030",
    };

    @Test
    void handMadeInputsGiveCPythonsValuesAndErrors() throws Exception {
        Path input = tmp.resolve("cases.txt");
        Files.writeString(input, String.join("\n", CASES) + "\n");
        String out = PyOracle.run(tmp, Canon.PYTHON + """
            import sys
            for line in open(sys.argv[1]).read().split('\\n')[:-1]:
                print(result(bytes.fromhex(line)))
            """, input.toString());
        List<String> expected = out.lines().toList();
        assertEquals(CASES.length, expected.size());
        List<String> diffs = new ArrayList<>();
        for (int i = 0; i < CASES.length; i++) {
            String ours = Canon.result(HexFormat.of().parseHex(CASES[i]));
            if (!ours.equals(expected.get(i))) {
                diffs.add(CASES[i] + "\n  CPython: " + expected.get(i) + "\n  pyvm:    " + ours);
            }
        }
        assertTrue(diffs.isEmpty(), String.join("\n", diffs));
    }

    @Test
    void tupleContainingItselfIsRefused() {
        // CPython gives ((...),); we refuse cyclic constants (see MarshalReader's javadoc).
        var e = assertThrows(MarshalException.class, () -> MarshalReader.loads(HexFormat.of().parseHex("a9017200000000")));
        assertEquals("ValueError", e.pythonType());
        assertEquals("bad marshal data (invalid reference)", e.getMessage());
    }

    @Test
    void recursionIsLimitedAsInCPython() {
        byte[] ok = nested(MarshalReader.MAX_DEPTH - 1);
        assertInstanceOf(TupleConst.class, MarshalReader.loads(ok));
        var e = assertThrows(MarshalException.class, () -> MarshalReader.loads(nested(MarshalReader.MAX_DEPTH)));
        assertEquals("ValueError: recursion limit exceeded", e.toString());
    }

    @Test
    void hugeLongReadsInLinearTime() {
        int digits = 1_000_000;
        byte[] b = new byte[5 + 2 * digits];
        b[0] = 'l';
        b[1] = (byte) digits;
        b[2] = (byte) (digits >> 8);
        b[3] = (byte) (digits >> 16);
        java.util.Arrays.fill(b, 5, b.length, (byte) 0x7f); // every digit 0x7f7f
        Object v = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
            () -> MarshalReader.loads(b));
        java.math.BigInteger big = (java.math.BigInteger) v;
        assertEquals(15 * digits, big.bitLength());
        assertEquals(0x7f7f, big.intValue() & 0x7fff);
    }

    private static byte[] nested(int tuples) {
        byte[] b = new byte[tuples * 2 + 1];
        for (int i = 0; i < tuples; i++) {
            b[2 * i] = ')';
            b[2 * i + 1] = 1;
        }
        b[b.length - 1] = 'N';
        return b;
    }

    static final String LIB_MODULES = "argparse dataclasses typing asyncio.tasks json.decoder enum inspect "
        + "functools collections re._parser pathlib traceback decimal _pydecimal string ast";

    @Test
    void codeCompiledByCPythonReadsBackEqual() throws Exception {
        String out = PyOracle.run(tmp, Canon.PYTHON + """
            import sys, importlib.util, os
            for i, mod in enumerate(sys.argv[1].split()):
                path = importlib.util.find_spec(mod).origin
                co = compile(open(path, encoding='utf-8').read(), path, 'exec')
                data = marshal.dumps(co)
                with open(os.path.join(sys.argv[2], '%d.bin' % i), 'wb') as f: f.write(data)
                print(canon(co))
            """, LIB_MODULES, tmp.toString());
        List<String> expected = out.lines().toList();
        assertEquals(LIB_MODULES.split(" ").length, expected.size());
        for (int i = 0; i < expected.size(); i++) {
            byte[] data = Files.readAllBytes(tmp.resolve(i + ".bin"));
            MarshalReader r = new MarshalReader(data, 0, data.length);
            Object code = r.readObject();
            assertEquals(data.length, r.position(), "whole file read");
            assertInstanceOf(CodeObject.class, code);
            assertEquals(expected.get(i), Canon.of(code), "module " + LIB_MODULES.split(" ")[i]);
        }
    }
}
