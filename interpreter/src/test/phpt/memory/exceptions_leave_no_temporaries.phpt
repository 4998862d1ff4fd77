--TEST--
exceptions leaving expressions, loops and @ leave memory_get_usage() where it was
--FILE--
<?php
// exceptions leaving half-evaluated expressions, loops and @ a hundred times: memory_get_usage()
// is back where it was (the first run warms up what php caches)
function f() { throw new Exception("f"); }
function s($n) { return str_repeat("s", $n); }
function run($b) {
    try { echo "a" . $b . s(100) . f(); } catch (Exception $e) {}
    try { echo "a $b {$b} " . s(100) . " {$b}" . f(); } catch (Exception $e) {}
    try { $x = [$b, s(200), [s(300)], f()]; } catch (Exception $e) {}
    try { foreach ([s(1), s(2)] as $v) { foreach ([s(3)] as $w) { f(); } } } catch (Exception $e) {}
    try { echo match (s(50) . "") { "x" => 1, default => s(60) . f() }; } catch (Exception $e) {}
    try { @f(); } catch (Exception $e) {}
}
$b = s(10);
run($b);
$before = memory_get_usage();
for ($i = 0; $i < 100; $i++) run($b);
$delta = memory_get_usage() - $before;
echo $delta, " ", error_reporting(), "\n";
--EXPECT--
0 32767
