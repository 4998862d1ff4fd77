<?php
// Float arithmetic: a Mandelbrot set rendered to a checksum.
$w = 400; $h = 250; $count = 0;
for ($y = 0; $y < $h; $y++) {
    for ($x = 0; $x < $w; $x++) {
        $cr = 2.5 * $x / $w - 2.0;
        $ci = 2.0 * $y / $h - 1.0;
        $zr = 0.0; $zi = 0.0; $k = 0;
        while ($k < 200 && $zr * $zr + $zi * $zi < 4.0) {
            $t = $zr * $zr - $zi * $zi + $cr;
            $zi = 2.0 * $zr * $zi + $ci;
            $zr = $t;
            $k++;
        }
        $count += $k;
    }
}
echo "checksum: $count\n";
echo "peak: ", memory_get_peak_usage(), "\n";
