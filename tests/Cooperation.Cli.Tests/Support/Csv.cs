using System.Collections.Generic;
using System.Text;

namespace Cooperation.Cli.Tests.Support;

/// <summary>An RFC 4180 reader for checking the tool's CSV: quoted fields, doubled quotes, CRLF records.</summary>
internal static class Csv
{
    public static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
                i++;
            }
            else
            {
                Assert.False(c is '\r' or '\n', "A line break outside quotes that is not CRLF.");
                field.Append(c);
            }
        }

        Assert.False(quoted, "An unterminated quoted field.");
        Assert.Empty(row);
        Assert.Equal(0, field.Length);
        return rows;
    }
}
