--TEST--
exit() in the middle of an expression inside loops releases what is live in each frame
--FILE--
<?php
// exit() unwinds every frame as an exception would, releasing what is live there; finally
// blocks do not run
function s($n) { return str_repeat("s", $n); }
function bye($m) { echo $m; exit(0); }
function inner($a) {
    foreach ($a as $v) {
        try {
            return "<" . $v . [s(2), bye("bye " . $v . "\n")][0];
        } finally {
            echo "not printed\n";
        }
    }
}
echo "a" . s(3) . @inner([s(1), s(2)]) . "never";
--EXPECT--
bye s
