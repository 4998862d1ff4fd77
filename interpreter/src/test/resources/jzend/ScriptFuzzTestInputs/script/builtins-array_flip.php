<?php
var_dump(array_flip(['a', 'b', 'c']));
var_dump(array_flip(['x' => 1, 'y' => '1', 'z' => '01', 'w' => -3]));
var_dump(array_flip([1.5, true, null, 'ok']));
var_dump(array_flip([]));
