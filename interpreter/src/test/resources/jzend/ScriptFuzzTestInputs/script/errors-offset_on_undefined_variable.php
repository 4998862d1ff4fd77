<?php
var_dump($undef['x']);
unset($gone);
$v = 1;
unset($v);
var_dump($v);
