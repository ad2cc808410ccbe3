package org.stressharness.scenarios.catalog;

import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The class {@link ContainerFill} defines again and again as a hidden class to fill metaspace, generated here rather
 * than written out: its size is the point (128 methods), its code is never run. Method {@code mK} is what javac
 * makes of {@code static long mK(long x) { return (x * (3 + 2K) + (x >>> s)) ^ 7919K; }} with
 * {@code s = K % 31 + 1}, line numbers included, so that its metadata is that of the hand-written class the memory
 * figures were measured with.
 */
final class MetaspaceBallast {

    /** Methods per class. */
    static final int METHODS = 128;
    private static final String NAME = MetaspaceBallast.class.getName().replace('.', '/');
    /** Source lines the hand-written class spent per method, for the line number table. */
    private static final int LINES_PER_METHOD = 4;
    private static final int FIRST_METHOD_LINE = 14;

    private MetaspaceBallast() {
    }

    /** The class file, in this package (as a hidden class defined through this package's lookup must be). */
    static byte[] classBytes() {
        ClassWriter w = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        w.visit(Opcodes.V17, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, NAME, null, "java/lang/Object", null);
        w.visitSource("MetaspaceBallast.java", null);
        MethodVisitor init = w.visitMethod(Opcodes.ACC_PRIVATE, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        init.visitInsn(Opcodes.RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        for (int k = 0; k < METHODS; k++) {
            method(w, k);
        }
        w.visitEnd();
        return w.toByteArray();
    }

    private static void method(ClassWriter w, int k) {
        MethodVisitor m = w.visitMethod(Opcodes.ACC_STATIC, "m" + k, "(J)J", null, null);
        m.visitCode();
        Label start = new Label();
        m.visitLabel(start);
        m.visitLineNumber(FIRST_METHOD_LINE + LINES_PER_METHOD * k, start);
        m.visitVarInsn(Opcodes.LLOAD, 0);
        m.visitLdcInsn(3L + 2L * k);
        m.visitInsn(Opcodes.LMUL);
        m.visitVarInsn(Opcodes.LLOAD, 0);
        int shift = k % 31 + 1;
        if (shift <= 5) {
            m.visitInsn(Opcodes.ICONST_0 + shift);
        } else {
            m.visitIntInsn(Opcodes.BIPUSH, shift);
        }
        m.visitInsn(Opcodes.LUSHR);
        m.visitInsn(Opcodes.LADD);
        if (k == 0) {
            m.visitInsn(Opcodes.LCONST_0);
        } else {
            m.visitLdcInsn(7919L * k);
        }
        m.visitInsn(Opcodes.LXOR);
        m.visitInsn(Opcodes.LRETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();
    }
}
