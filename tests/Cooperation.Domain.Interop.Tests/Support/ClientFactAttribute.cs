using System;

namespace Cooperation.Domain.Interop.Tests.Support;

/// <summary>
/// A fact that needs outside clients (<see cref="ExternalClients.Missing"/>): skipped, with the reason, where one is
/// missing, except on CI (CI=true), where <c>.ci/run</c> installs them and a missing one must fail, not skip.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ClientFactAttribute : FactAttribute
{
    public ClientFactAttribute(params string[] clients)
    {
        foreach (var client in clients)
        {
            if (ExternalClients.Missing(client) is { } reason && !ExternalClients.OnCi)
            {
                Skip = reason;
                return;
            }
        }
    }
}
