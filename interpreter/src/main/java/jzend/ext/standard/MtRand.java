package jzend.ext.standard;

import jzend.zend.ops.ZendException;

/**
 * The Mersenne Twister of PHP 8.2 (ext/random/engine_mt19937.c, random.c; formerly
 * ext/standard/mt_rand.c): {@code php_mt_initialize}, {@code php_mt_reload} (MT_RAND_MT19937 and the
 * legacy MT_RAND_PHP twist), tempering, {@code php_mt_rand_range} (rejection sampling via
 * {@code php_random_range32/64}; 64-bit draws combine two outputs low word first) and
 * {@code php_mt_rand_common} (legacy scaling in MT_RAND_PHP mode), plus the draw sequences of
 * shuffle(), str_shuffle() and array_rand(). One instance is one generator state (BG(state)).
 */
public final class MtRand {
    public static final int MT_RAND_MT19937 = 0;
    public static final int MT_RAND_PHP = 1;
    /** mt_getrandmax() / getrandmax(). */
    public static final long PHP_MT_RAND_MAX = 0x7FFFFFFFL;

    private static final int N = 624;
    private static final int M = 397;

    private final int[] state = new int[N];
    private int count = N;
    private int mode = MT_RAND_MT19937;
    private boolean seeded;

    /** True once seeded (mt_srand or the lazy seeding of the first draw). */
    public boolean isSeeded() {
        return seeded;
    }

    public int mode() {
        return mode;
    }

    /** mt_srand(seed, mode): any mode other than MT_RAND_PHP selects MT_RAND_MT19937. */
    public void seed(long seed, int mode) {
        this.mode = mode == MT_RAND_PHP ? MT_RAND_PHP : MT_RAND_MT19937;
        initialize((int) seed);
        reload();
        seeded = true;
    }

    public void seed(long seed) {
        seed(seed, MT_RAND_MT19937);
    }

    private void initialize(int seed) {
        int[] s = state;
        s[0] = seed;
        for (int i = 1; i < N; i++) {
            int r = s[i - 1];
            s[i] = 1812433253 * (r ^ (r >>> 30)) + i;
        }
    }

    private static int twist(int m, int u, int v) {
        return m ^ (((u & 0x80000000) | (v & 0x7FFFFFFF)) >>> 1) ^ (-(v & 1) & 0x9908b0df);
    }

    private static int twistPhp(int m, int u, int v) {
        return m ^ (((u & 0x80000000) | (v & 0x7FFFFFFF)) >>> 1) ^ (-(u & 1) & 0x9908b0df);
    }

    private void reload() {
        int[] s = state;
        int p = 0;
        if (mode == MT_RAND_MT19937) {
            for (int i = N - M; i-- > 0; ++p) {
                s[p] = twist(s[p + M], s[p], s[p + 1]);
            }
            for (int i = M; --i > 0; ++p) {
                s[p] = twist(s[p + M - N], s[p], s[p + 1]);
            }
            s[p] = twist(s[p + M - N], s[p], s[0]);
        } else {
            for (int i = N - M; i-- > 0; ++p) {
                s[p] = twistPhp(s[p + M], s[p], s[p + 1]);
            }
            for (int i = M; --i > 0; ++p) {
                s[p] = twistPhp(s[p + M - N], s[p], s[p + 1]);
            }
            s[p] = twistPhp(s[p + M - N], s[p], s[0]);
        }
        count = 0;
    }

    /**
     * php_mt_rand(): the next tempered 32-bit output (as an unsigned value in a long). An unseeded
     * generator is seeded from {@link java.security.SecureRandom} first, as PHP seeds from its CSPRNG.
     */
    public long next32() {
        if (!seeded) {
            seed(new java.security.SecureRandom().nextInt());
        }
        if (count >= N) {
            reload();
        }
        int s1 = state[count++];
        s1 ^= (s1 >>> 11);
        s1 ^= (s1 << 7) & 0x9d2c5680;
        s1 ^= (s1 << 15) & 0xefc60000;
        return (s1 ^ (s1 >>> 18)) & 0xFFFFFFFFL;
    }

    /** mt_rand() / rand() without arguments: {@code php_mt_rand() >> 1}. */
    public long mtRand() {
        return next32() >>> 1;
    }

    private long range32(long umax) {
        long result = next32();
        if (umax == 0xFFFFFFFFL) {
            return result;
        }
        umax++;
        if ((umax & (umax - 1)) == 0) {
            return result & (umax - 1);
        }
        long limit = 0xFFFFFFFFL - (0xFFFFFFFFL % umax) - 1;
        int attempts = 0;
        while (result > limit) {
            if (++attempts > 50) {
                throw new ZendException("Random\\BrokenRandomEngineError", "Failed to generate an acceptable random number in 50 attempts");
            }
            result = next32();
        }
        return result % umax;
    }

    private long next64() {
        long lo = next32();
        long hi = next32();
        return lo | (hi << 32);
    }

    private long range64(long umax) {
        long result = next64();
        if (umax == -1L) {
            return result;
        }
        umax++;
        if ((umax & (umax - 1)) == 0) {
            return result & (umax - 1);
        }
        long limit = -1L - Long.remainderUnsigned(-1L, umax) - 1;
        int attempts = 0;
        while (Long.compareUnsigned(result, limit) > 0) {
            if (++attempts > 50) {
                throw new ZendException("Random\\BrokenRandomEngineError", "Failed to generate an acceptable random number in 50 attempts");
            }
            result = next64();
        }
        return Long.remainderUnsigned(result, umax);
    }

    /** php_mt_rand_range(min, max): uniform in [min, max] (min <= max). */
    public long range(long min, long max) {
        long umax = max - min;
        long result;
        if (Long.compareUnsigned(umax, 0xFFFFFFFFL) > 0) {
            result = range64(umax);
        } else {
            result = range32(umax);
        }
        return min + result;
    }

    /** php_mt_rand_common(min, max): {@link #range} in MT19937 mode, legacy scaling in MT_RAND_PHP mode. */
    public long common(long min, long max) {
        if (mode == MT_RAND_MT19937) {
            return range(min, max);
        }
        long r = next32() >>> 1;
        double offsetD = ((double) max - min + 1.0) * (r / (PHP_MT_RAND_MAX + 1.0));
        long offset = doubleToUlong(offsetD);
        return offset + min;
    }

    private static long doubleToUlong(double d) {
        // (zend_ulong) of a non-negative double
        if (d >= 9223372036854775808.0) {
            return (long) (d - 9223372036854775808.0) + Long.MIN_VALUE;
        }
        return (long) d;
    }

    /** The PHP function mt_rand(min, max): ValueError when max < min. */
    public long mtRand(long min, long max) {
        if (max < min) {
            throw ZendException.valueError("mt_rand(): Argument #2 ($max) must be greater than or equal to argument #1 ($min)");
        }
        return common(min, max);
    }

    /** The PHP function rand(min, max): swaps reversed bounds. */
    public long rand(long min, long max) {
        if (max < min) {
            return common(max, min);
        }
        return common(min, max);
    }

    /** Callback for the index swaps of {@link #shuffle}. */
    @FunctionalInterface
    public interface Swapper {
        void swap(int i, int j);
    }

    /**
     * The draws of php_array_data_shuffle / php_string_shuffle over {@code n} elements: for j from
     * n-1 down to 1, {@code k = range(0, j)} and swap(j, k) when k != j.
     */
    public void shuffle(int n, Swapper swapper) {
        if (n <= 1) {
            return;
        }
        for (int left = n - 1; left > 0; left--) {
            int rnd = (int) range(0, left);
            if (rnd != left) {
                swapper.swap(left, rnd);
            }
        }
    }

    /** str_shuffle on a byte array, in place. */
    public void shuffleBytes(byte[] s, int off, int len) {
        shuffle(len, (i, j) -> {
            byte t = s[off + i];
            s[off + i] = s[off + j];
            s[off + j] = t;
        });
    }

    /**
     * array_rand's choice of positions for {@code numReq} keys out of {@code numAvail} elements of a
     * packed-without-holes table (the caller maps positions to keys in iteration order). Returns
     * the selected positions in ascending order. For numReq == 1 on a table without holes this is
     * {@code range(0, numAvail - 1)}; ValueErrors as PHP 8.2's array_rand.
     */
    public int[] arrayRandPositions(int numAvail, long numReq) {
        if (numAvail == 0) {
            throw ZendException.valueError("array_rand(): Argument #1 ($array) cannot be empty");
        }
        if (numReq == 1) {
            return new int[] {(int) range(0, numAvail - 1)};
        }
        if (numReq <= 0 || numReq > numAvail) {
            throw ZendException.valueError("array_rand(): Argument #2 ($num) must be between 1 and the number of elements in argument #1 ($array)");
        }
        int req = (int) numReq;
        boolean negative = false;
        if (req > (numAvail >> 1)) {
            negative = true;
            req = numAvail - req;
        }
        java.util.BitSet bits = new java.util.BitSet(numAvail);
        int i = req;
        while (i > 0) {
            int randval = (int) range(0, numAvail - 1);
            if (!bits.get(randval)) {
                bits.set(randval);
                i--;
            }
        }
        int[] out = new int[(int) numReq];
        int k = 0;
        for (int p = 0; p < numAvail; p++) {
            if (bits.get(p) ^ negative) {
                out[k++] = p;
            }
        }
        return out;
    }
}
