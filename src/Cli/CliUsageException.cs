using System;

namespace Formwork.Cli;

/// <summary>The command line is wrong: the message says how; the command's usage is printed after it.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
