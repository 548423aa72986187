using System;

namespace Cooperation.Cli.Input;

/// <summary>
/// The command cannot run as asked: unreadable input or an argument that makes no sense. The message is printed alone
/// on standard error and the process exits with code 2 (<c>ExitCodes.CannotRun</c>); nothing goes to standard output.
/// </summary>
internal sealed class CliException(string message, Exception? inner = null) : Exception(message, inner);
