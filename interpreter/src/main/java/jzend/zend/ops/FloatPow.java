package jzend.zend.ops;

/**
 * C {@code pow(double, double)} for {@code **} and pow(). PHP calls glibc's pow, which is not
 * always correctly rounded; {@link Math#pow} (HotSpot's libm intrinsic) agrees with it on ~99.7%
 * of sampled inputs (StrictMath/fdlibm on ~96%, an exact correctly rounded pow on ~98%); the rest
 * differ in the last place. A bit-exact port of glibc's e_pow.c would close the gap.
 */
public final class FloatPow {
    private FloatPow() {}

    public static double pow(double a, double b) {
        return Math.pow(a, b);
    }
}
