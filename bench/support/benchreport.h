#pragma once

// What every bench_* program prints and measures about itself: one `figure: NAME = VALUE UNIT`
// line a figure (scripts/bench and docs/benchmarks.md read them), and this process's memory and
// CPU time from /proc and the kernel's clocks.
namespace BenchReport {

// Prints `figure: NAME = VALUE UNIT` with that many decimals, and flushes (a bench that dies
// later keeps what it printed).
void figure(const char *name, double value, const char *unit, int decimals = 1);

// This process's resident set now (VmRSS) and at its peak so far (VmHWM), in MiB; 0 where
// /proc cannot be read.
double rssMb();
double peakRssMb();

// CPU time this process has used (all its threads), in milliseconds.
double processCpuMs();

} // namespace BenchReport
