package io.redweave.internal.scan;

/**
 * A set of 64-bit key fingerprints, for counting distinct keys in 8 to 16 bytes each instead of a string each.
 *
 * <p>Implementation notes: open addressing with linear probing over a {@code long[]} kept at most half full;
 * 0 marks an empty slot, so a fingerprint of 0 is stored as 1. The fingerprint is 64-bit FNV-1a followed by the
 * MurmurHash3 finaliser: two distinct keys share one with a probability of about 2<sup>-64</sup>, so a count of a
 * million keys is off by one with odds of about 1 in 30 million.
 */
final class KeyFingerprints {

    private long[] table = new long[1024];
    private int size;

    /** Adds the key's fingerprint; returns {@code false} when it was already present. */
    boolean add(byte[] key) {
        long fingerprint = fingerprint(key);
        if (2 * (size + 1) > table.length) {
            grow();
        }
        if (insert(table, fingerprint)) {
            size++;
            return true;
        }
        return false;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] bigger = new long[table.length * 2];
        for (long fingerprint : table) {
            if (fingerprint != 0) {
                insert(bigger, fingerprint);
            }
        }
        table = bigger;
    }

    private static boolean insert(long[] into, long fingerprint) {
        int mask = into.length - 1;
        int index = (int) (fingerprint ^ (fingerprint >>> 32)) & mask;
        while (into[index] != 0) {
            if (into[index] == fingerprint) {
                return false;
            }
            index = (index + 1) & mask;
        }
        into[index] = fingerprint;
        return true;
    }

    static long fingerprint(byte[] key) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : key) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        hash ^= hash >>> 33;
        return hash == 0 ? 1 : hash;
    }
}
