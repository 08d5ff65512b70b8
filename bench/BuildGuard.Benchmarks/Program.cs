using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(BuildGuard.Benchmarks.ScanBenchmarks).Assembly).Run(args);
