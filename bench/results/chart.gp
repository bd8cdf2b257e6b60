set terminal pngcairo size 1400,600 font 'sans,10'
set output 'chart.png'
set title 'Speed-up over CPython 3.11, log scale (higher is faster; no bar = the benchmark fails)'
set style data histogram
set style histogram clustered gap 1
set style fill solid 0.85 border -1
set logscale y
set yrange [0.1:10]
set ylabel 'CPython time / time'
set xtics rotate by -40 scale 0 nomirror
set bmargin 8
set rmargin 10
set grid ytics
set key top left
plot 'chart.dat' using 2:xtic(1) title 'SafePy', 'chart.dat' using 3:xtic(1) title 'PyPy', 1 with lines lc rgb 'black' dt 2 title 'CPython = 1'
