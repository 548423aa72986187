using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using Npgsql;

namespace Cooperation.Domain.Benchmarks;

/// <summary>
/// A PostgreSQL server of one's own, for the database tests and benchmarks: <c>initdb</c> into a temporary folder,
/// <c>pg_ctl start</c> on a free port of 127.0.0.1 (and a socket in that folder), trust authentication, no fsync;
/// stopped and removed by <see cref="Stop"/>. As root, the server runs as the <c>postgres</c> user (PostgreSQL refuses
/// to run as root), through <c>runuser</c>. The tests' fixture and the benchmarks' setup share this file.
/// </summary>
public sealed class LocalPostgreSql
{
    private string? _folder;
    private int _databases;

    /// <summary>The folder of <c>initdb</c> and <c>pg_ctl</c>, or null when PostgreSQL is not installed.</summary>
    public static string? BinFolder { get; } = FindBinFolder();

    /// <summary>The server's port.</summary>
    public int Port { get; private set; }

    /// <summary>The connection string of the <c>postgres</c> database.</summary>
    public string AdminConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=false";

    /// <summary>Creates the cluster and starts the server.</summary>
    /// <exception cref="InvalidOperationException">PostgreSQL is not installed, or did not start.</exception>
    public async Task StartAsync()
    {
        var bin = BinFolder ?? throw new InvalidOperationException("PostgreSQL is not installed: no initdb and pg_ctl under /usr/lib/postgresql/*/bin or on PATH. On CI, .ci/run installs it (apt-get install postgresql).");
        _folder = Directory.CreateTempSubdirectory("cooperation-pg-").FullName;
        var data = Path.Combine(_folder, "data");
        if (IsRoot)
        {
            Run("chown", $"postgres:postgres {_folder}");
        }

        Port = FreePort();
        RunAsServerUser(Path.Combine(bin, "initdb"), $"-D {data} -U postgres --auth=trust --encoding=UTF8 --locale=C -N");
        RunAsServerUser(Path.Combine(bin, "pg_ctl"), $"-D {data} -l {Path.Combine(_folder, "server.log")} -w -t 120 -o \"-p {Port} -h 127.0.0.1 -k {_folder} -c fsync=off -c synchronous_commit=off -c full_page_writes=off\" start");
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
    }

    /// <summary>A new, empty database on the server, and its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "catalog_" + System.Threading.Interlocked.Increment(ref _databases).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return $"Host=127.0.0.1;Port={Port};Username=postgres;Database={name};Application Name=cooperation-tests";
    }

    /// <summary>Stops the server and removes its folder.</summary>
    public void Stop()
    {
        if (_folder is not null && BinFolder is not null)
        {
            try
            {
                RunAsServerUser(Path.Combine(BinFolder, "pg_ctl"), $"-D {Path.Combine(_folder, "data")} -m immediate -w stop");
            }
            finally
            {
                Directory.Delete(_folder, recursive: true);
                _folder = null;
            }
        }
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static string? FindBinFolder()
    {
        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "pg_ctl")))
                .OrderByDescending(d => d.Contains("/15/", StringComparison.Ordinal)).FirstOrDefault()
            : null;
        return installed ?? (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').FirstOrDefault(d => d.Length > 0 && File.Exists(Path.Combine(d, "pg_ctl")) && File.Exists(Path.Combine(d, "initdb")));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void RunAsServerUser(string program, string arguments)
    {
        if (IsRoot)
        {
            Run("runuser", $"-u postgres -- {program} {arguments}");
        }
        else
        {
            Run(program, arguments);
        }
    }

    private static void Run(string program, string arguments)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} {arguments} did not finish in 3 minutes.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {arguments} exited with {process.ExitCode}: {error.Result}{output.Result}");
        }
    }
}
