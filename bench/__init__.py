"""Benchmarks run by hand (see the README); a package so its modules import as `bench.*`."""
