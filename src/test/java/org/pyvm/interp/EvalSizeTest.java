package org.pyvm.interp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.CodeAttribute;
import org.junit.jupiter.api.Test;

/**
 * The eval loop must stay below HotSpot's 8,000-byte limit for compiling a method
 * (DESIGN.md, "Habits"): read Eval.class and measure the bytecode of {@code loop}.
 */
class EvalSizeTest {

    @Test
    void evalLoopIsSmallEnoughForTheJit() throws Exception {
        byte[] bytes;
        try (InputStream in = Eval.class.getResourceAsStream("Eval.class")) {
            bytes = in.readAllBytes();
        }
        ClassModel cm = ClassFile.of().parse(bytes);
        int size = -1;
        for (MethodModel m : cm.methods()) {
            if (m.methodName().equalsString("loop")) {
                size = m.findAttribute(java.lang.classfile.Attributes.code()).map(CodeAttribute::codeLength).orElse(-1);
            }
        }
        assertTrue(size > 0, "Eval.loop not found");
        assertTrue(size < 8000, "Eval.loop is " + size + " bytes of bytecode; HotSpot does not compile methods over 8000");
        System.out.println("[EvalSizeTest] Eval.loop: " + size + " bytes");
    }
}
