<?php
$mine = 'value';
var_dump(array_key_exists('mine', $GLOBALS), $GLOBALS['mine'], isset($GLOBALS['GLOBALS']));
