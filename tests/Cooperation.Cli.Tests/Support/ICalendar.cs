using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Cooperation.Cli.Tests.Support;

/// <summary>One iCalendar property: name, parameters and the unescaped value.</summary>
internal sealed record CalendarProperty(string Name, IReadOnlyDictionary<string, string> Parameters, string Value);

/// <summary>A component (VCALENDAR, VEVENT) with its properties and children.</summary>
internal sealed class CalendarComponent(string name)
{
    public string Name { get; } = name;

    public List<CalendarProperty> Properties { get; } = [];

    public List<CalendarComponent> Children { get; } = [];

    public string this[string property] => Properties.Single(p => p.Name == property).Value;

    public CalendarProperty Property(string name) => Properties.Single(p => p.Name == name);
}

/// <summary>
/// A strict reader of RFC 5545 for the tests: checks CRLF line ends and 75-octet folding, unfolds, splits parameters,
/// unescapes TEXT values (and refuses a comma or semicolon left unescaped in one), and nests components, failing on
/// anything malformed.
/// </summary>
internal static class ICalendar
{
    public static CalendarComponent Parse(byte[] utf8)
    {
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(utf8);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        var physical = text[..^2].Split("\r\n");
        foreach (var line in physical)
        {
            Assert.DoesNotContain('\n', line);
            Assert.DoesNotContain('\r', line);
            Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"A line longer than 75 octets: {line}");
        }

        // Unfold: a line starting with a space continues the previous one.
        var logical = new List<string>();
        foreach (var line in physical)
        {
            if (line.StartsWith(' '))
            {
                Assert.NotEmpty(logical);
                logical[^1] += line[1..];
            }
            else
            {
                logical.Add(line);
            }
        }

        var stack = new Stack<CalendarComponent>();
        CalendarComponent? root = null;
        foreach (var line in logical)
        {
            var property = ParseProperty(line);
            if (property.Name == "BEGIN")
            {
                var component = new CalendarComponent(property.Value);
                if (stack.Count > 0)
                {
                    stack.Peek().Children.Add(component);
                }
                else
                {
                    Assert.Null(root);
                    root = component;
                }

                stack.Push(component);
            }
            else if (property.Name == "END")
            {
                Assert.Equal(stack.Pop().Name, property.Value);
            }
            else
            {
                stack.Peek().Properties.Add(property);
            }
        }

        Assert.Empty(stack);
        Assert.NotNull(root);
        return root;
    }

    private static CalendarProperty ParseProperty(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        Assert.True(colon > 0, $"No ':' in {line}");
        var head = line[..colon].Split(';');
        Assert.Matches("^[A-Z][A-Z0-9-]*$", head[0]);
        var parameters = head.Skip(1).Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        return new CalendarProperty(head[0], parameters, Unescape(head[0], line[(colon + 1)..]));
    }

    // Properties whose value is one TEXT (RFC 5545 §3.3.11): a comma or semicolon in them must be escaped.
    private static readonly HashSet<string> SingleText = ["SUMMARY", "DESCRIPTION", "LOCATION", "X-WR-CALNAME"];

    private static string Unescape(string property, string value)
    {
        var text = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != '\\')
            {
                Assert.False(SingleText.Contains(property) && value[i] is ',' or ';',
                    $"An unescaped '{value[i]}' in {property}: {value}");
                text.Append(value[i]);
                continue;
            }

            Assert.True(i + 1 < value.Length, "A lone backslash at the end of a value.");
            text.Append(value[++i] switch
            {
                'n' or 'N' => '\n',
                '\\' => '\\',
                ',' => ',',
                ';' => ';',
                var other => throw new Xunit.Sdk.XunitException($"Unknown escape \\{other}"),
            });
        }

        return text.ToString();
    }
}
