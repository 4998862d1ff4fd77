<?php
$a = 0; $b = null; $c = "0"; $d = "a";
var_dump(isset($a), isset($b), isset($nope), isset($a, $d), isset($a, $b));
var_dump(empty($a), empty($b), empty($c), empty($d), empty($nope));
