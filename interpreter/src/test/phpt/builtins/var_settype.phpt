--TEST--
settype() converts a variable in place to each type name (case-insensitive aliases included)
--FILE--
<?php
$vals = [null, true, false, 0, 42, -1.5, "12abc", "1e3", "", "0", "x", [], [1, 2]];
foreach (['int', 'integer', 'float', 'double', 'string', 'bool', 'boolean', 'null', 'array', 'INT', 'Array'] as $t) {
    foreach ($vals as $v) {
        $c = $v;
        $r = settype($c, $t);
        echo $t, ' ', var_export($r, true), ' ', json_encode($c), ' ', gettype($c), "\n";
    }
}
$s = "5 apples"; var_dump(settype($s, "integer"), $s);
$f = 1.0; settype($f, "string"); var_dump($f);
$a = ['k' => 1]; $b = $a; settype($b, "string"); var_dump($a, $b);
--EXPECTF--
int true 0 integer
int true 1 integer
int true 0 integer
int true 0 integer
int true 42 integer
int true -1 integer
int true 12 integer
int true 1000 integer
int true 0 integer
int true 0 integer
int true 0 integer
int true 0 integer
int true 1 integer
integer true 0 integer
integer true 1 integer
integer true 0 integer
integer true 0 integer
integer true 42 integer
integer true -1 integer
integer true 12 integer
integer true 1000 integer
integer true 0 integer
integer true 0 integer
integer true 0 integer
integer true 0 integer
integer true 1 integer
float true 0 double
float true 1 double
float true 0 double
float true 0 double
float true 42 double
float true -1.5 double
float true 12 double
float true 1000 double
float true 0 double
float true 0 double
float true 0 double
float true 0 double
float true 1 double
double true 0 double
double true 1 double
double true 0 double
double true 0 double
double true 42 double
double true -1.5 double
double true 12 double
double true 1000 double
double true 0 double
double true 0 double
double true 0 double
double true 0 double
double true 1 double
string true "" string
string true "1" string
string true "" string
string true "0" string
string true "42" string
string true "-1.5" string
string true "12abc" string
string true "1e3" string
string true "" string
string true "0" string
string true "x" string

Warning: Array to string conversion in %s on line 6
string true "Array" string

Warning: Array to string conversion in %s on line 6
string true "Array" string
bool true false boolean
bool true true boolean
bool true false boolean
bool true false boolean
bool true true boolean
bool true true boolean
bool true true boolean
bool true true boolean
bool true false boolean
bool true false boolean
bool true true boolean
bool true false boolean
bool true true boolean
boolean true false boolean
boolean true true boolean
boolean true false boolean
boolean true false boolean
boolean true true boolean
boolean true true boolean
boolean true true boolean
boolean true true boolean
boolean true false boolean
boolean true false boolean
boolean true true boolean
boolean true false boolean
boolean true true boolean
null true null NULL
null true null NULL
null true null NULL
null true null NULL
null true null NULL
null true null NULL
null true null NULL
null true null NULL
null true null NULL
null true null NULL
null true null NULL
null true null NULL
null true null NULL
array true [] array
array true [true] array
array true [false] array
array true [0] array
array true [42] array
array true [-1.5] array
array true ["12abc"] array
array true ["1e3"] array
array true [""] array
array true ["0"] array
array true ["x"] array
array true [] array
array true [1,2] array
INT true 0 integer
INT true 1 integer
INT true 0 integer
INT true 0 integer
INT true 42 integer
INT true -1 integer
INT true 12 integer
INT true 1000 integer
INT true 0 integer
INT true 0 integer
INT true 0 integer
INT true 0 integer
INT true 1 integer
Array true [] array
Array true [true] array
Array true [false] array
Array true [0] array
Array true [42] array
Array true [-1.5] array
Array true ["12abc"] array
Array true ["1e3"] array
Array true [""] array
Array true ["0"] array
Array true ["x"] array
Array true [] array
Array true [1,2] array
bool(true)
int(5)
string(1) "1"

Warning: Array to string conversion in %s on line 12
array(1) {
  ["k"]=>
  int(1)
}
string(5) "Array"
