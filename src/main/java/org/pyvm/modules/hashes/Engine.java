package org.pyvm.modules.hashes;

/** A hash function in progress: what the hash objects of _md5, _sha1, _sha2, _sha3 and _blake2 wrap. */
interface Engine {

    void update(byte[] b, int off, int len);

    /** The digest of everything so far (LENGTH bytes for the extendable SHAKE), leaving the state as it was. */
    byte[] digest(int length);

    Engine copy();

    /** A JDK MessageDigest (MD5, SHA-1, SHA-2). */
    static Engine jdk(String algorithm) {
        try {
            return new Jdk(java.security.MessageDigest.getInstance(algorithm));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + algorithm, e);
        }
    }

    final class Jdk implements Engine {
        private final java.security.MessageDigest md;

        Jdk(java.security.MessageDigest md) {
            this.md = md;
        }

        @Override
        public void update(byte[] b, int off, int len) {
            md.update(b, off, len);
        }

        @Override
        public byte[] digest(int length) {
            return ((Jdk) copy()).md.digest();
        }

        @Override
        public Engine copy() {
            try {
                return new Jdk((java.security.MessageDigest) md.clone());
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
