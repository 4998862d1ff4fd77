package jzend.main.profile;

import java.util.function.ToIntFunction;

/** Placeholder. */
final class MemCompare {
    private MemCompare() {}

    static int main(MemProfileCli.Args a, ToIntFunction<String[]> runner) {
        return 1;
    }
}
