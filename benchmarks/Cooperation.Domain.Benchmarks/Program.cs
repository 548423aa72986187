using System;
using System.Linq;
using BenchmarkDotNet.Running;

// Exit with 1 when a benchmark failed or did not run, so that CI's dry run catches a broken benchmark.
var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args).ToList();
var filtered = args.Contains("--filter");
var failed = summaries.Where(s => s.HasCriticalValidationErrors || s.Reports.Length == 0 || s.Reports.Any(r => !r.Success)).ToList();
foreach (var summary in failed)
{
    Console.Error.WriteLine($"error: benchmark run '{summary.Title}' had failures or validation errors.");
}

return failed.Count > 0 || (filtered && summaries.Count == 0) ? 1 : 0;
